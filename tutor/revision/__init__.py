"""Guided revision: quiz items generated from the knowledge, grading, FSRS scheduling, lasting progress."""
