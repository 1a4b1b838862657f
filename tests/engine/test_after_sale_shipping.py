"""A question about the shipping of a return or an exchange is answered by the after-sale rule about it, not by
the delivery rates (nor with a product's price taken for an order total)."""

from __future__ import annotations

import pytest

from tests.engine.stores import HEADER, ask, build_store, csv_text

GOODS = [["cushion", "Brown Cushions", "<p>Two cushions.</p>", "Casa", "Decor", "cushion", "Title", "Default Title",
          "shopify", "4", "99.90", "active"]]
SHIPPING = """# Frete

| Pedido | Econômica | Expressa |
|---|---|---|
| Até R$ 199,99 | R$ 24,90 | R$ 44,90 |
| A partir de R$ 200,00 | R$ 14,90 | R$ 34,90 |

O frete Econômica é grátis em pedidos a partir de R$ 500,00.
"""
EXCHANGES = """# Trocas

Você pode trocar qualquer produto em até 30 dias.

A primeira troca de cada pedido é grátis; a partir da segunda, o frete da troca é pago pelo cliente.
"""


@pytest.fixture(scope="module")
def svc(tmp_path_factory):
    s = build_store(tmp_path_factory, "casa2", "Casa", {"products.csv": csv_text(HEADER, GOODS),
                                                        "frete.md": SHIPPING, "trocas.md": EXCHANGES})
    yield s
    s.close()


@pytest.mark.parametrize("message", [
    "comprei as brown cushions e quero trocar por outra coisa. o frete da troca fica por minha conta?",
    "who pays the shipping when I exchange an item?",
])
def test_the_shipping_of_an_exchange_comes_from_the_exchange_rule(svc, message):
    a = ask(svc, message)
    assert "24,90" not in a.reply and "24.90" not in a.reply, a.reply
    assert "troca" in a.reply.lower(), a.reply
