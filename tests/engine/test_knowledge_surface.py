"""A word a concept stands for still finds the store's sentence that writes it, when the store writes it rarely."""

from rag_agent.engine.knowledge import KnowledgeIndex
from rag_agent.engine.understand import read


def _index(*sections: tuple[str, str]) -> KnowledgeIndex:
    return KnowledgeIndex.from_payloads({"section": h, "text": t, "title": "Store information", "source_id": "s1"}
                                        for h, t in sections)


def test_a_rare_concept_word_picks_the_sentence_that_writes_it():
    """"cookie" stands for the privacy topic, which every sentence of this page has; only one writes "cookies"."""
    idx = _index(("Privacidad", "Aquí te contamos qué datos personales tratamos, para qué y qué derechos tienes, según "
                                "el Reglamento General de Protección de Datos. Guardamos las facturas 6 años."),
                 ("Tus derechos", "Puedes pedir una copia de tus datos o su borrado escribiendo a "
                                  "privacidad@tienda.example."),
                 ("Navegación", "Puedes cambiar tu elección en «Configurar cookies», al pie de cada página."))
    best = idx.search(read("Вы используете файлы cookie?"), limit=1)
    assert best and "cookies" in best[0].unit.text


def test_a_concept_word_the_store_writes_everywhere_adds_nothing():
    idx = _index(*[(f"Zone {i}", f"Shipping to zone {i} takes {i + 1} days.") for i in range(10)])
    r = read("how long does shipping take?")
    assert idx._surface(r) == set()
