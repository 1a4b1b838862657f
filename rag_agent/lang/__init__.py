"""Language data shared by ingestion and the answer path: store-support concepts in each shipped language
(``data/<code>.json``), their matcher, and typed facts (money, durations, contacts) in text.

Nothing here knows a store: the files name kinds of meaning, written from general knowledge of the domain.
"""
