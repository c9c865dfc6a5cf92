"""Reading the knowledge folder into documents (`reading`) and cutting them into passages (`chunking`)."""
