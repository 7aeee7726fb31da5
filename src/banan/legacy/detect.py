def find_bijoy(text): return []
