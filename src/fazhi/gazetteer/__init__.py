"""Gazetteers of real-world entities, shipped as package data: national laws and regulations
(``laws``), administrative divisions (``divisions``), nationally known measures (``measures``) and the
national administrations whose local offices carry their name (``administrations``). Any stage may
read them."""
