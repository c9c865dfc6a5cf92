"""ui/web"""
