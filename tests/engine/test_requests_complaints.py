"""Requests the agent cannot do itself (change, cancel, refund an order), requests for a person and complaints,
read from the language files' concepts in six languages (rag_agent.engine.understand): no model, no store."""

from __future__ import annotations

import pytest

from rag_agent.engine.understand import clause_ids, read


@pytest.mark.parametrize("message", [
    "Please change the delivery address to 120 Pine Street, Boston, MA.",
    "I want to update my order to size M",
    "Quiero cambiar la dirección de entrega de mi pedido",
    "Gostaria de alterar o endereço de entrega do meu pedido",
    "Siparişimin teslimat adresini değiştirebilir misiniz?",
    "tolong ganti alamat pengiriman pesanan saya",
    "Измените адрес доставки моего заказа, пожалуйста",
])
def test_a_change_verb_with_an_order_object_is_a_request(message):
    assert read(message).acts.get("change_request", 0) >= 0.6, message


@pytest.mark.parametrize("message", [
    "how do I change my shipping address?",   # a procedure: the store's pages answer it
    "Can I change the size after I ordered?",
    "bisa ganti alamat pengiriman pesanan saya?",
    "order 418311 any update? my number is 312 555 0147",  # "update" is a noun here, and across a '?'
    "alguna actualización de mi pedido?",
    "do you give change",
])
def test_a_question_or_a_noun_is_not_a_request_by_itself(message):
    assert read(message).acts.get("change_request", 0) < 0.6, message


def test_an_exchange_asked_for_an_order_number_is_a_request():
    assert read("Please exchange my order 71523 for a size 42").acts.get("change_request", 0) >= 0.6
    assert read("can I exchange shoes for a bigger size?").acts.get("change_request", 0) < 0.6


@pytest.mark.parametrize("message", [
    "I'd like to speak with a member of your staff, please.",
    "Quiero hablar con un empleado de la tienda.",
    "Necesito que me atienda una persona, tengo un problema con mi pedido.",
    "quero falar com um funcionário",
    "bir çalışanla görüşmek istiyorum",
    "saya mau bicara dengan karyawan toko",
    "хочу поговорить с сотрудником магазина",
])
def test_requests_for_a_person_in_common_wordings(message):
    assert read(message).acts.get("handoff", 0) >= 0.8, message


@pytest.mark.parametrize("message", [
    "Veri koruma sorumlunuz kim?",  # who the officer is: a question about a person, not a request for one
    "soporte para celular",
    "qual o horário de atendimento?",
    "Do you sell human hair wigs?",
])
def test_a_person_word_that_asks_for_no_one(message):
    assert "handoff" not in read(message).acts, message


@pytest.mark.parametrize("message", [
    "bought a charger from u 2 weeks ago and it already stopped working. total junk",
    "the courier left my chicken with the neighbour and it was warm by the time i got it. gross",
    "my package arrived damaged",
    "the milk was sour and smelled bad",
    "o carregador que comprei parou de funcionar",
    "el paquete llegó roto",
    "aldığım kulaklık bozuk çıktı",
    "barang yang saya terima rusak",
    "купил зарядку, она перестала работать через неделю",
    "жду возврат денег уже месяц, это издевательство",
    # one's own thing broken, then a question: told, then asked
    "my headphones stopped working after a week, can I get them replaced?",
    "meu fone quebrou, posso trocar?",
])
def test_a_bad_experience_told_is_a_complaint(message):
    assert read(message).acts.get("complaint", 0) >= 0.5, message


@pytest.mark.parametrize("message", [
    "what if my item arrives damaged?",  # a case asked about, not an experience
    "can I return a damaged item?",
    "can I return a broken charger?",
    "is the jacket good quality?",
    "do you sell garbage bags?",
    "se o produto chegar quebrado, posso trocar?",
])
def test_a_defect_asked_about_as_a_case_is_no_complaint(message):
    assert read(message).acts.get("complaint", 0) < 0.5, message


def test_clauses_split_at_punctuation():
    assert clause_ids("any update? my number is 5", 6) == [0, 0, 1, 1, 1, 1]
    assert clause_ids("ship to 1,200 km", 5) == [0, 0, 0, 0, 0]  # a thousands comma ends nothing


@pytest.mark.parametrize("message", [
    "Refund my order 418329", "quero o reembolso do meu pedido", "reembolsen mi pedido 418329",
    "siparişimin parasını iade edin", "tolong refund pesanan saya", "верните деньги за заказ",
])
def test_a_refund_asked_for_is_a_request(message):
    assert read(message).acts.get("refund_request", 0) >= 0.6, message


@pytest.mark.parametrize("message", [
    "how long do refunds take?", "when will I get my refund for order 418329?",
    "do you refund shipping on returned orders?", "is my refund processed? order 418329",
])
def test_a_refund_asked_about_is_no_request(message):
    assert "refund_request" not in read(message).acts, message
