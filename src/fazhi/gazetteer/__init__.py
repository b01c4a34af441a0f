"""Gazetteers of real-world entities, shipped as package data: national laws and regulations
(``laws``) and administrative divisions (``divisions``). Any stage may read them."""
