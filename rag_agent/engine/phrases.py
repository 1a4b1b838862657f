"""Reply templates for the template-based (LLM-free) answer engine.

Six languages (``LANGS``) and three tones (``TONES``). Every key of ``PHRASES`` has
every language and every tone, and all variants of one key use exactly the same
``str.format`` placeholders, so callers can fill any variant with the same values.

Conventions used by the texts:

* casual: informal address (en contractions, es "tú", pt "você/te", tr "sen",
  id "kamu/aku", ru "вы" in a relaxed register; "ты" reads rude from a shop).
* friendly: warm (es "tú", pt "você", tr "siz", id "kamu/saya", ru "вы").
* professional: formal (es "usted", pt formal "você", tr "siz", id "Anda/kami",
  ru "Вы").
* Product titles are usually English names, so the texts avoid grammatical
  agreement with ``{title}`` (no gendered articles/participles bound to it, no
  Turkish suffixes attached to it, no Russian case endings on it).
* Durations come from :func:`duration` / :func:`duration_range` and are the
  nominative "count" form ("2 недели", "14 дней"); the templates are phrased so
  that this form is grammatical ("срок — 2 недели", "within 14 days").
* Single line, no emoji, no markdown.
"""

from __future__ import annotations

import re

__all__ = [
    "LANGS",
    "TONES",
    "PHRASES",
    "STATUS_WORDS",
    "ORDINALS",
    "DAYS",
    "COUNTRIES",
    "phrase",
    "duration",
    "duration_range",
    "join_list",
]

LANGS: tuple[str, ...] = ("en", "es", "pt", "tr", "id", "ru")
TONES: tuple[str, ...] = ("casual", "friendly", "professional")

DEFAULT_LANG = "en"
DEFAULT_TONE = "friendly"


def _t(*texts: str) -> dict[str, str]:
    """One text for all tones, or three texts in TONES order."""
    if len(texts) == 1:
        texts = texts * 3
    if len(texts) != 3:
        raise ValueError("give one text or three (casual, friendly, professional)")
    return dict(zip(TONES, texts))


# key -> lang -> tone -> template
PHRASES: dict[str, dict[str, dict[str, str]]] = {
    # ------------------------------------------------------------------ small talk
    "greeting": {
        "en": _t(
            "Hey! What can I help you with?",
            "Hi! How can I help you today?",
            "Hello! How may I help you today?",
        ),
        "es": _t(
            "¡Hola! ¿En qué te ayudo?",
            "¡Hola! ¿En qué puedo ayudarte hoy?",
            "Hola, ¿en qué puedo ayudarle hoy?",
        ),
        "pt": _t(
            "Oi! Tudo bem? Como posso te ajudar?",
            "Olá! Como posso ajudar você hoje?",
            "Olá! Em que posso ajudar hoje?",
        ),
        "tr": _t(
            "Merhaba! Sana nasıl yardımcı olabilirim?",
            "Merhaba! Bugün size nasıl yardımcı olabilirim?",
            "Merhaba, size nasıl yardımcı olabilirim?",
        ),
        "id": _t(
            "Halo! Ada yang bisa aku bantu?",
            "Halo! Ada yang bisa saya bantu hari ini?",
            "Halo, selamat datang. Ada yang dapat kami bantu?",
        ),
        "ru": _t(
            "Привет! Чем могу помочь?",
            "Здравствуйте! Чем могу помочь?",
            "Здравствуйте! Чем могу Вам помочь?",
        ),
    },
    "thanks": {
        "en": _t(
            "You're welcome! Anything else?",
            "You're welcome! Anything else I can help with?",
            "You are welcome. Is there anything else I can help you with?",
        ),
        "es": _t(
            "¡De nada! ¿Algo más?",
            "¡De nada! ¿Te puedo ayudar con algo más?",
            "Con mucho gusto. ¿Hay algo más en lo que pueda ayudarle?",
        ),
        "pt": _t(
            "Imagina! Precisa de mais alguma coisa?",
            "De nada! Posso ajudar em mais alguma coisa?",
            "Por nada. Posso ajudar em algo mais?",
        ),
        "tr": _t(
            "Rica ederim! Başka bir şey lazım mı?",
            "Rica ederim! Yardımcı olabileceğim başka bir konu var mı?",
            "Rica ederiz. Size başka nasıl yardımcı olabiliriz?",
        ),
        "id": _t(
            "Sama-sama! Ada lagi yang bisa aku bantu?",
            "Sama-sama! Ada lagi yang bisa saya bantu?",
            "Terima kasih kembali. Apakah ada hal lain yang dapat kami bantu?",
        ),
        "ru": _t(
            "Пожалуйста! Чем-то ещё помочь?",
            "Пожалуйста! Могу ещё чем-нибудь помочь?",
            "Пожалуйста! Могу ли я помочь Вам чем-то ещё?",
        ),
    },
    "goodbye": {
        "en": _t(
            "Bye! Have a great day.",
            "Thanks for reaching out! Have a great day.",
            "Thank you for contacting us. Have a good day.",
        ),
        "es": _t(
            "¡Hasta luego! Que tengas un buen día.",
            "¡Gracias por escribirnos! Que tengas un excelente día.",
            "Gracias por contactarnos. Que tenga un buen día.",
        ),
        "pt": _t(
            "Valeu! Tenha um ótimo dia.",
            "Obrigado pelo contato! Tenha um ótimo dia.",
            "Agradecemos o seu contato. Tenha um ótimo dia.",
        ),
        "tr": _t(
            "Görüşürüz! İyi günler.",
            "Bize yazdığınız için teşekkürler! İyi günler dileriz.",
            "Bizimle iletişime geçtiğiniz için teşekkür ederiz. İyi günler dileriz.",
        ),
        "id": _t(
            "Sampai jumpa! Semoga harimu menyenangkan.",
            "Terima kasih sudah menghubungi kami! Semoga harimu menyenangkan.",
            "Terima kasih telah menghubungi kami. Semoga hari Anda menyenangkan.",
        ),
        "ru": _t(
            "До встречи! Хорошего дня!",
            "Спасибо, что обратились! Хорошего дня!",
            "Благодарим за обращение. Всего доброго!",
        ),
    },
    "bot_question": {
        "en": _t(
            "Yep, I'm the store's virtual assistant. Want me to connect you with someone from our team?",
            "I'm the store's virtual assistant. If you'd like, I can connect you with someone from our team.",
            "I am the store's virtual assistant. If you prefer, I can connect you with a member of our team.",
        ),
        "es": _t(
            "Sí, soy el asistente virtual de la tienda. ¿Quieres que te pase con alguien del equipo?",
            "Soy el asistente virtual de la tienda. Si quieres, te paso con una persona de nuestro equipo.",
            "Soy el asistente virtual de la tienda. Si lo prefiere, puedo comunicarle con una persona de nuestro equipo.",
        ),
        "pt": _t(
            "Sou, sim: sou o assistente virtual da loja. Quer que eu te passe para alguém da equipe?",
            "Sou o assistente virtual da loja. Se quiser, posso transferir você para uma pessoa da nossa equipe.",
            "Sou o assistente virtual da loja. Se preferir, posso transferir seu atendimento para alguém da nossa equipe.",
        ),
        "tr": _t(
            "Evet, ben mağazanın sanal asistanıyım. İstersen seni ekibimizden birine bağlayabilirim.",
            "Ben mağazanın sanal asistanıyım. İsterseniz sizi ekibimizden birine bağlayabilirim.",
            "Ben mağazanın sanal asistanıyım. Dilerseniz sizi bir müşteri temsilcimize bağlayabilirim.",
        ),
        "id": _t(
            "Iya, aku asisten virtual toko ini. Mau aku sambungkan ke tim kami?",
            "Saya asisten virtual toko ini. Kalau mau, saya bisa hubungkan kamu dengan tim kami.",
            "Saya adalah asisten virtual toko ini. Jika berkenan, saya dapat menghubungkan Anda dengan tim kami.",
        ),
        "ru": _t(
            "Да, я виртуальный помощник магазина. Если хотите, переключу вас на сотрудника.",
            "Я виртуальный помощник магазина. Если хотите, могу переключить вас на сотрудника.",
            "Я виртуальный помощник магазина. При желании могу переключить Вас на сотрудника.",
        ),
    },
    "handoff": {
        "en": _t(
            "I'm passing you to someone on our team now; they'll reply here soon.",
            "I'm transferring you to a member of our team now; they'll reply here shortly.",
            "I am transferring you to a member of our team now; they will reply here shortly.",
        ),
        "es": _t(
            "Te paso con alguien del equipo; te responderá por aquí en breve.",
            "Te paso ahora con una persona de nuestro equipo; te responderá por aquí en breve.",
            "Le transfiero con un miembro de nuestro equipo, que le responderá por aquí en breve.",
        ),
        "pt": _t(
            "Vou te passar para alguém da equipe; a pessoa vai responder aqui em breve.",
            "Estou transferindo você para uma pessoa da nossa equipe; ela vai responder aqui em breve.",
            "Estou transferindo seu atendimento para um membro da nossa equipe, que responderá aqui em breve.",
        ),
        "tr": _t(
            "Seni şimdi ekibimizden birine aktarıyorum; kısa süre içinde buradan yanıt verecek.",
            "Sizi şimdi ekibimizden birine aktarıyorum; kısa süre içinde buradan yanıt verecek.",
            "Sizi şimdi bir müşteri temsilcimize aktarıyorum; kısa süre içinde buradan size yanıt verecektir.",
        ),
        "id": _t(
            "Aku sambungkan ke tim kami sekarang ya; mereka akan balas di sini sebentar lagi.",
            "Saya hubungkan kamu dengan tim kami sekarang; mereka akan membalas di sini sebentar lagi.",
            "Saya teruskan percakapan ini ke tim kami; mereka akan segera membalas Anda di sini.",
        ),
        "ru": _t(
            "Переключаю вас на сотрудника, он скоро ответит здесь.",
            "Передаю ваш вопрос сотруднику, он скоро ответит вам здесь.",
            "Передаю Ваше обращение сотруднику, он ответит Вам здесь в ближайшее время.",
        ),
    },
    "handoff_upset": {
        "en": _t(
            "I'm really sorry about this. I'm passing you to someone on our team now; they'll reply here soon.",
            "I'm so sorry for the trouble. I'm transferring you to a member of our team now; they'll reply here shortly.",
            "I sincerely apologize for the inconvenience. I am transferring you to a member of our team, who will reply here shortly.",
        ),
        "es": _t(
            "Lo siento mucho, de verdad. Te paso con alguien del equipo; te responderá por aquí en breve.",
            "Lamento mucho las molestias. Te paso ahora con una persona de nuestro equipo; te responderá por aquí en breve.",
            "Le pedimos disculpas por las molestias. Le transfiero con un miembro de nuestro equipo, que le responderá en breve.",
        ),
        "pt": _t(
            "Poxa, sinto muito por isso. Vou te passar para alguém da equipe; a pessoa vai responder aqui em breve.",
            "Sinto muito pelo transtorno. Estou transferindo você para uma pessoa da nossa equipe, que vai responder aqui em breve.",
            "Pedimos desculpas pelo transtorno. Estou transferindo seu atendimento para um membro da nossa equipe, que responderá em breve.",
        ),
        "tr": _t(
            "Bunun için gerçekten çok üzgünüm. Seni şimdi ekibimizden birine aktarıyorum; kısa süre içinde yanıt verecek.",
            "Yaşadığınız sorun için çok üzgünüm. Sizi şimdi ekibimizden birine aktarıyorum; kısa süre içinde yanıt verecek.",
            "Yaşadığınız sorun için özür dileriz. Sizi bir müşteri temsilcimize aktarıyorum; kısa süre içinde size yanıt verecektir.",
        ),
        "id": _t(
            "Duh, maaf banget ya atas kendalanya. Aku sambungkan ke tim kami sekarang; mereka akan balas di sini sebentar lagi.",
            "Mohon maaf atas ketidaknyamanannya. Saya hubungkan kamu dengan tim kami sekarang; mereka akan segera membalas di sini.",
            "Kami mohon maaf atas ketidaknyamanan yang Anda alami. Saya teruskan percakapan ini ke tim kami; mereka akan segera membalas.",
        ),
        "ru": _t(
            "Очень жаль, что так вышло. Переключаю вас на сотрудника, он скоро ответит здесь.",
            "Простите, пожалуйста, за неудобства. Передаю ваш вопрос сотруднику, он скоро ответит вам здесь.",
            "Приносим извинения за доставленные неудобства. Передаю Ваше обращение сотруднику, он ответит Вам в ближайшее время.",
        ),
    },
    "out_of_scope": {
        "en": _t(
            "Sorry, I can only help with stuff about our store: products, orders, shipping and returns.",
            "Sorry, I can only help with questions about our store: products, orders, shipping and returns.",
            "I apologize, but I can only assist with questions about our store: products, orders, shipping and returns.",
        ),
        "es": _t(
            "Perdona, solo te puedo ayudar con temas de la tienda: productos, pedidos, envíos y devoluciones.",
            "Lo siento, solo puedo ayudarte con temas de la tienda: productos, pedidos, envíos y devoluciones.",
            "Lo siento, solo puedo ayudarle con consultas sobre la tienda: productos, pedidos, envíos y devoluciones.",
        ),
        "pt": _t(
            "Foi mal, só consigo ajudar com assuntos da loja: produtos, pedidos, entregas e devoluções.",
            "Desculpe, só consigo ajudar com assuntos da loja: produtos, pedidos, entregas e devoluções.",
            "Desculpe, posso ajudar apenas com assuntos da loja: produtos, pedidos, entregas e devoluções.",
        ),
        "tr": _t(
            "Kusura bakma, sadece mağazayla ilgili konularda yardımcı olabiliyorum: ürünler, siparişler, kargo ve iadeler.",
            "Üzgünüm, yalnızca mağazamızla ilgili konularda yardımcı olabilirim: ürünler, siparişler, kargo ve iadeler.",
            "Üzgünüz, yalnızca mağazamızla ilgili konularda yardımcı olabiliyoruz: ürünler, siparişler, kargo ve iadeler.",
        ),
        "id": _t(
            "Maaf, aku cuma bisa bantu soal toko ini: produk, pesanan, pengiriman, dan retur.",
            "Maaf, saya hanya bisa membantu seputar toko kami: produk, pesanan, pengiriman, dan retur.",
            "Mohon maaf, kami hanya dapat membantu seputar toko kami: produk, pesanan, pengiriman, dan retur.",
        ),
        "ru": _t(
            "Извините, я помогаю только с вопросами о нашем магазине: товары, заказы, доставка и возвраты.",
            "Извините, я могу помочь только с вопросами о нашем магазине: товары, заказы, доставка и возвраты.",
            "К сожалению, я могу помочь только с вопросами о нашем магазине: товары, заказы, доставка и возвраты.",
        ),
    },
    "refuse_injection": {
        "en": _t(
            "I can't help with that. I can help with our products, orders, shipping and returns, though.",
            "I can't help with that request. I'm happy to help with our products, orders, shipping and returns.",
            "I cannot help with that request. I can assist with our products, orders, shipping and returns.",
        ),
        "es": _t(
            "Con eso no te puedo ayudar. Pero sí con productos, pedidos, envíos y devoluciones.",
            "No puedo ayudarte con esa solicitud. Con gusto te ayudo con productos, pedidos, envíos y devoluciones.",
            "No puedo atender esa solicitud. Puedo ayudarle con productos, pedidos, envíos y devoluciones.",
        ),
        "pt": _t(
            "Com isso eu não posso ajudar. Mas posso ajudar com produtos, pedidos, entregas e devoluções.",
            "Não posso ajudar com essa solicitação. Mas posso ajudar com produtos, pedidos, entregas e devoluções.",
            "Não posso atender a essa solicitação. Posso ajudar com produtos, pedidos, entregas e devoluções.",
        ),
        "tr": _t(
            "Bu konuda yardımcı olamam. Ama ürünler, siparişler, kargo ve iadeler konusunda yardımcı olabilirim.",
            "Bu talebe yardımcı olamıyorum. Ürünler, siparişler, kargo ve iadeler konusunda memnuniyetle yardımcı olurum.",
            "Bu talebinize yardımcı olamıyoruz. Ürünler, siparişler, kargo ve iadeler konusunda size yardımcı olabiliriz.",
        ),
        "id": _t(
            "Maaf, aku nggak bisa bantu permintaan itu. Tapi aku bisa bantu soal produk, pesanan, pengiriman, dan retur.",
            "Maaf, saya tidak bisa membantu permintaan itu. Saya bisa membantu seputar produk, pesanan, pengiriman, dan retur.",
            "Mohon maaf, kami tidak dapat membantu permintaan tersebut. Kami dapat membantu seputar produk, pesanan, pengiriman, dan retur.",
        ),
        "ru": _t(
            "С этим я помочь не могу. Но могу помочь с товарами, заказами, доставкой и возвратами.",
            "С этим запросом я помочь не могу. Зато могу помочь с товарами, заказами, доставкой и возвратами.",
            "К сожалению, я не могу выполнить этот запрос. Я могу помочь Вам с товарами, заказами, доставкой и возвратами.",
        ),
    },
    "no_answer": {
        "en": _t(
            "I couldn't find that in our store info. Want me to connect you with our team?",
            "I couldn't find that in our store's information. Would you like me to connect you with our team?",
            "I could not find that in our store's information. Would you like me to connect you with our team?",
        ),
        "es": _t(
            "No encontré eso en la información de la tienda. ¿Quieres que te pase con el equipo?",
            "No encontré esa información en los datos de la tienda. ¿Quieres que te pase con nuestro equipo?",
            "No he encontrado esa información en los datos de la tienda. ¿Desea que le comunique con nuestro equipo?",
        ),
        "pt": _t(
            "Não achei isso nas informações da loja. Quer que eu te passe para a nossa equipe?",
            "Não encontrei essa informação nos dados da loja. Quer que eu transfira você para a nossa equipe?",
            "Não encontrei essa informação nos dados da loja. Deseja que eu transfira seu atendimento para a nossa equipe?",
        ),
        "tr": _t(
            "Bunu mağaza bilgilerimizde bulamadım. Seni ekibimizden birine bağlamamı ister misin?",
            "Bu bilgiyi mağaza bilgilerimizde bulamadım. Sizi ekibimizden birine bağlamamı ister misiniz?",
            "Bu bilgiye mağaza kaynaklarımızda ulaşamadım. Sizi bir müşteri temsilcimize bağlamamı ister misiniz?",
        ),
        "id": _t(
            "Aku belum nemu info itu di data toko kami. Mau aku sambungkan ke tim kami?",
            "Saya tidak menemukan informasi itu di data toko kami. Mau saya hubungkan dengan tim kami?",
            "Mohon maaf, informasi tersebut tidak kami temukan di data toko. Apakah Anda ingin kami hubungkan dengan tim kami?",
        ),
        "ru": _t(
            "Не получилось найти это в информации магазина. Переключить вас на сотрудника?",
            "К сожалению, мне не удалось найти это в информации магазина. Хотите, я переключу вас на сотрудника?",
            "К сожалению, мне не удалось найти эту информацию в данных магазина. Могу переключить Вас на сотрудника.",
        ),
    },
    # ------------------------------------------------------------------ catalog
    "ask_clarify_product": {
        "en": _t(
            "Which product do you mean? For example: {examples}.",
            "Which product do you mean? For example: {examples}.",
            "Could you tell me which product you mean? For example: {examples}.",
        ),
        "es": _t(
            "¿Qué producto buscas? Por ejemplo: {examples}.",
            "¿A qué producto te refieres? Por ejemplo: {examples}.",
            "¿A qué producto se refiere? Por ejemplo: {examples}.",
        ),
        "pt": _t(
            "Qual produto você quer? Por exemplo: {examples}.",
            "De qual produto você está falando? Por exemplo: {examples}.",
            "Poderia informar a qual produto se refere? Por exemplo: {examples}.",
        ),
        "tr": _t(
            "Hangi ürünü kastediyorsun? Örneğin: {examples}.",
            "Hangi ürünü kastediyorsunuz? Örneğin: {examples}.",
            "Hangi ürünü kastettiğinizi belirtir misiniz? Örneğin: {examples}.",
        ),
        "id": _t(
            "Produk yang mana nih? Misalnya: {examples}.",
            "Produk mana yang kamu maksud? Misalnya: {examples}.",
            "Produk mana yang Anda maksud? Contohnya: {examples}.",
        ),
        "ru": _t(
            "Какой именно товар? Например: {examples}.",
            "Какой товар вы имеете в виду? Например: {examples}.",
            "Уточните, пожалуйста, какой товар Вас интересует. Например: {examples}.",
        ),
    },
    "product_not_found": {
        "en": _t(
            "I couldn't find “{query}” in our catalog. Want help finding something else?",
            "I couldn't find “{query}” in our catalog. Can I help you find something else?",
            "I could not find “{query}” in our catalog. May I help you find something else?",
        ),
        "es": _t(
            "No encontré “{query}” en nuestro catálogo. ¿Te ayudo a buscar otra cosa?",
            "No encontré “{query}” en nuestro catálogo. ¿Te ayudo a encontrar otra cosa?",
            "No he encontrado “{query}” en nuestro catálogo. ¿Puedo ayudarle a encontrar otro producto?",
        ),
        "pt": _t(
            "Não achei “{query}” no nosso catálogo. Quer ajuda pra encontrar outra coisa?",
            "Não encontrei “{query}” no nosso catálogo. Posso ajudar você a encontrar outra coisa?",
            "Não encontrei “{query}” em nosso catálogo. Posso ajudar a encontrar outro produto?",
        ),
        "tr": _t(
            "Kataloğumuzda “{query}” ile eşleşen bir ürün bulamadım. Başka bir şey aramana yardım edeyim mi?",
            "Kataloğumuzda “{query}” ile eşleşen bir ürün bulamadım. Başka bir ürün bulmanıza yardımcı olayım mı?",
            "Kataloğumuzda “{query}” ile eşleşen bir ürün bulunamadı. Başka bir ürün bulmanıza yardımcı olabilir miyim?",
        ),
        "id": _t(
            "Aku nggak nemu “{query}” di katalog kami. Mau aku bantu cari yang lain?",
            "Saya tidak menemukan “{query}” di katalog kami. Mau saya bantu cari produk lain?",
            "Kami tidak menemukan “{query}” di katalog kami. Apakah Anda ingin kami bantu mencari produk lain?",
        ),
        "ru": _t(
            "Не нашлось «{query}» в нашем каталоге. Помочь найти что-то другое?",
            "Не удалось найти «{query}» в нашем каталоге. Помочь подобрать что-то другое?",
            "К сожалению, «{query}» в нашем каталоге не найдено. Могу помочь подобрать другой товар.",
        ),
    },
    "price": {
        "en": _t(
            "The {title} is {price}.",
            "The {title} costs {price}.",
            "The price of the {title} is {price}.",
        ),
        "es": _t(
            "{title} cuesta {price}.",
            "{title} cuesta {price}.",
            "El precio de {title} es {price}.",
        ),
        "pt": _t(
            "{title} custa {price}.",
            "{title} custa {price}.",
            "O preço de {title} é {price}.",
        ),
        "tr": _t(
            "{title} fiyatı {price}.",
            "{title} fiyatı {price}.",
            "{title} ürününün fiyatı {price}.",
        ),
        "id": _t(
            "{title} harganya {price}.",
            "Harga {title} {price}.",
            "Harga {title} adalah {price}.",
        ),
        "ru": _t(
            "{title} стоит {price}.",
            "{title} стоит {price}.",
            "Стоимость {title}: {price}.",
        ),
    },
    "price_sale": {
        "en": _t(
            "The {title} is on sale: {price} (normally {compare_at}).",
            "The {title} is on sale for {price} (regular price {compare_at}).",
            "The {title} is currently on sale for {price} (regular price {compare_at}).",
        ),
        "es": _t(
            "¡{title} está en oferta! Ahora cuesta {price} (antes {compare_at}).",
            "{title} está en oferta a {price} (precio habitual: {compare_at}).",
            "{title} tiene un precio promocional de {price} (precio habitual: {compare_at}).",
        ),
        "pt": _t(
            "{title} está em promoção: de {compare_at} por {price}.",
            "{title} está em promoção por {price} (preço normal: {compare_at}).",
            "{title} está com preço promocional de {price} (preço normal: {compare_at}).",
        ),
        "tr": _t(
            "{title} indirimde: {price} (normal fiyatı {compare_at}).",
            "{title} şu anda indirimde: {price} (normal fiyatı {compare_at}).",
            "{title} ürününün indirimli fiyatı {price} (normal fiyatı {compare_at}).",
        ),
        "id": _t(
            "{title} lagi diskon, cuma {price} dari harga normal {compare_at}.",
            "{title} sedang diskon, jadi {price} (harga normal {compare_at}).",
            "{title} sedang promo dengan harga {price} (harga normal {compare_at}).",
        ),
        "ru": _t(
            "{title} сейчас со скидкой: {price} вместо {compare_at}.",
            "{title} сейчас со скидкой: {price} (обычная цена {compare_at}).",
            "{title} сейчас продаётся со скидкой: {price} (обычная цена {compare_at}).",
        ),
    },
    "price_range": {
        "en": _t(
            "The {title} is between {min_price} and {max_price}, depending on the option.",
            "The {title} costs between {min_price} and {max_price}, depending on the option.",
            "The price of the {title} ranges from {min_price} to {max_price}, depending on the option.",
        ),
        "es": _t(
            "{title} cuesta entre {min_price} y {max_price}, según la opción.",
            "{title} cuesta entre {min_price} y {max_price}, según la opción que elijas.",
            "El precio de {title} va de {min_price} a {max_price}, según la opción elegida.",
        ),
        "pt": _t(
            "{title} custa de {min_price} a {max_price}, dependendo da opção.",
            "{title} custa de {min_price} a {max_price}, dependendo da opção escolhida.",
            "O preço de {title} varia de {min_price} a {max_price}, conforme a opção escolhida.",
        ),
        "tr": _t(
            "{title} fiyatı seçeneğe göre {min_price} ile {max_price} arasında.",
            "{title} fiyatı seçeneğe göre {min_price} ile {max_price} arasında değişiyor.",
            "{title} ürününün fiyatı seçeneğe göre {min_price} ile {max_price} arasında değişmektedir.",
        ),
        "id": _t(
            "Harga {title} mulai {min_price} sampai {max_price}, tergantung pilihannya.",
            "Harga {title} mulai dari {min_price} sampai {max_price}, tergantung pilihannya.",
            "Harga {title} berkisar antara {min_price} hingga {max_price}, tergantung varian yang dipilih.",
        ),
        "ru": _t(
            "{title} стоит от {min_price} до {max_price}, смотря какой вариант.",
            "{title} стоит от {min_price} до {max_price} в зависимости от варианта.",
            "Стоимость {title} составляет от {min_price} до {max_price} в зависимости от варианта.",
        ),
    },
    "stock_in_qty": {
        "en": _t(
            "Yes, the {title} is in stock: we've got {qty} available.",
            "Yes, the {title} is in stock: we have {qty} available.",
            "Yes, the {title} is in stock; we currently have {qty} available.",
        ),
        "es": _t(
            "¡Sí! {title} está disponible: tenemos {qty} en stock.",
            "Sí, {title} está disponible: tenemos {qty} en stock.",
            "Sí, {title} está disponible; actualmente tenemos {qty} en stock.",
        ),
        "pt": _t(
            "Sim! {title} está disponível: temos {qty} em estoque.",
            "Sim, {title} está disponível: temos {qty} em estoque.",
            "Sim, {title} está disponível; no momento temos {qty} em estoque.",
        ),
        "tr": _t(
            "Evet, {title} stokta var: {qty} adet mevcut.",
            "Evet, {title} stokta var: şu anda {qty} adet mevcut.",
            "Evet, {title} ürünü stokta var; şu anda {qty} adet mevcut.",
        ),
        "id": _t(
            "Ya, {title} tersedia kok, stoknya masih ada {qty}.",
            "Ya, {title} tersedia, stoknya masih ada {qty}.",
            "Ya, {title} tersedia dengan stok sebanyak {qty}.",
        ),
        "ru": _t(
            "Да, {title} есть в наличии: {qty} шт.",
            "Да, {title} есть в наличии: {qty} шт.",
            "Да, {title} есть в наличии, сейчас доступно {qty} шт.",
        ),
    },
    "stock_in": {
        "en": _t(
            "Yes, the {title} is in stock!",
            "Yes, the {title} is in stock.",
            "Yes, the {title} is currently in stock.",
        ),
        "es": _t(
            "¡Sí! {title} está disponible.",
            "Sí, {title} está disponible.",
            "Sí, {title} se encuentra disponible en este momento.",
        ),
        "pt": _t(
            "Sim! {title} está disponível.",
            "Sim, {title} está disponível em estoque.",
            "Sim, {title} está disponível em estoque no momento.",
        ),
        "tr": _t(
            "Evet, {title} stokta var!",
            "Evet, {title} stokta var.",
            "Evet, {title} ürünü şu anda stokta var.",
        ),
        "id": _t(
            "Ya, {title} tersedia kok!",
            "Ya, {title} tersedia.",
            "Ya, {title} saat ini tersedia.",
        ),
        "ru": _t(
            "Да, {title} есть в наличии!",
            "Да, {title} есть в наличии.",
            "Да, {title} сейчас есть в наличии.",
        ),
    },
    "stock_out": {
        "en": _t(
            "Sorry, the {title} is out of stock right now.",
            "Sorry, the {title} is currently out of stock.",
            "Unfortunately, the {title} is currently out of stock.",
        ),
        "es": _t(
            "Uy, {title} se ha agotado por ahora.",
            "Lo siento, {title} se ha agotado por el momento.",
            "Lamentablemente, el producto {title} está agotado en este momento.",
        ),
        "pt": _t(
            "Poxa, o produto {title} está esgotado no momento.",
            "Que pena, o produto {title} está esgotado no momento.",
            "Infelizmente, o produto {title} está esgotado no momento.",
        ),
        "tr": _t(
            "Maalesef {title} şu an stokta yok.",
            "Maalesef {title} şu anda stokta yok.",
            "Maalesef {title} ürünü şu anda stokta yoktur.",
        ),
        "id": _t(
            "Yah, maaf ya, {title} lagi stok habis.",
            "Maaf, {title} saat ini stok habis.",
            "Mohon maaf, {title} saat ini sedang stok habis.",
        ),
        "ru": _t(
            "Увы, {title} сейчас нет в наличии.",
            "К сожалению, {title} сейчас нет в наличии.",
            "К сожалению, {title} в данный момент нет в наличии.",
        ),
    },
    "stock_variant_in": {
        "en": _t(
            "Yes, the {title} in {variant} is in stock ({qty} available).",
            "Yes, the {title} in {variant} is in stock ({qty} available).",
            "Yes, the {title} in {variant} is in stock; we have {qty} available.",
        ),
        "es": _t(
            "¡Sí! {title} ({variant}) está disponible: tenemos {qty} en stock.",
            "Sí, {title} ({variant}) está disponible: tenemos {qty} en stock.",
            "Sí, {title} ({variant}) está disponible; tenemos {qty} en stock.",
        ),
        "pt": _t(
            "Sim! {title} ({variant}) está disponível: temos {qty} em estoque.",
            "Sim, {title} ({variant}) está disponível: temos {qty} em estoque.",
            "Sim, {title} ({variant}) está disponível; temos {qty} em estoque.",
        ),
        "tr": _t(
            "Evet, {title} ({variant}) stokta var: {qty} adet mevcut.",
            "Evet, {title} ({variant}) stokta var: şu anda {qty} adet mevcut.",
            "Evet, {title} ({variant}) stokta var; şu anda {qty} adet mevcut.",
        ),
        "id": _t(
            "Ya, {title} varian {variant} tersedia kok, stoknya masih ada {qty}.",
            "Ya, {title} varian {variant} tersedia, stoknya masih ada {qty}.",
            "Ya, {title} varian {variant} tersedia dengan stok sebanyak {qty}.",
        ),
        "ru": _t(
            "Да, {title} ({variant}) есть в наличии: {qty} шт.",
            "Да, {title} ({variant}) есть в наличии: {qty} шт.",
            "Да, {title} ({variant}) есть в наличии, сейчас доступно {qty} шт.",
        ),
    },
    "stock_variant_out": {
        "en": _t(
            "Sorry, the {title} in {variant} is out of stock right now.",
            "Sorry, the {title} in {variant} is out of stock.",
            "Unfortunately, the {title} in {variant} is currently out of stock.",
        ),
        "es": _t(
            "Uy, {title} ({variant}) se ha agotado por ahora.",
            "Lo siento, {title} ({variant}) se ha agotado por el momento.",
            "Lamentablemente, el producto {title} ({variant}) está agotado en este momento.",
        ),
        "pt": _t(
            "Poxa, o produto {title} ({variant}) está esgotado no momento.",
            "Que pena, o produto {title} ({variant}) está esgotado no momento.",
            "Infelizmente, o produto {title} ({variant}) está esgotado no momento.",
        ),
        "tr": _t(
            "Maalesef {title} ({variant}) şu an stokta yok.",
            "Maalesef {title} ({variant}) şu anda stokta yok.",
            "Maalesef {title} ({variant}) şu anda stokta yoktur.",
        ),
        "id": _t(
            "Yah, maaf ya, {title} varian {variant} lagi stok habis.",
            "Maaf, {title} varian {variant} saat ini stok habis.",
            "Mohon maaf, {title} varian {variant} saat ini sedang stok habis.",
        ),
        "ru": _t(
            "Увы, {title} ({variant}) сейчас нет в наличии.",
            "К сожалению, {title} ({variant}) сейчас нет в наличии.",
            "К сожалению, {title} ({variant}) в данный момент нет в наличии.",
        ),
    },
    "stock_variant_unknown": {
        "en": _t(
            "The {title} doesn't come in {variant}. Options: {options}.",
            "The {title} doesn't come in {variant}. Available options: {options}.",
            "The {title} is not offered in {variant}. Available options: {options}.",
        ),
        "es": _t(
            "{title} no viene en {variant}. Opciones: {options}.",
            "{title} no viene en {variant}. Opciones disponibles: {options}.",
            "{title} no se ofrece en {variant}. Opciones disponibles: {options}.",
        ),
        "pt": _t(
            "{title} não tem a opção {variant}. Opções: {options}.",
            "{title} não tem a opção {variant}. Opções disponíveis: {options}.",
            "{title} não é oferecido na opção {variant}. Opções disponíveis: {options}.",
        ),
        "tr": _t(
            "{title} için {variant} seçeneği yok. Seçenekler: {options}.",
            "{title} için {variant} seçeneği bulunmuyor. Mevcut seçenekler: {options}.",
            "{title} için {variant} seçeneği bulunmamaktadır. Mevcut seçenekler: {options}.",
        ),
        "id": _t(
            "{title} nggak ada varian {variant}. Pilihannya: {options}.",
            "{title} tidak ada varian {variant}. Varian yang tersedia: {options}.",
            "{title} tidak tersedia dalam varian {variant}. Varian yang tersedia: {options}.",
        ),
        "ru": _t(
            "У {title} нет варианта {variant}. Есть такие: {options}.",
            "У {title} нет варианта {variant}. Доступные варианты: {options}.",
            "Товар {title} не выпускается в варианте {variant}. Доступные варианты: {options}.",
        ),
    },
    "options": {
        "en": _t(
            "The {title} comes in these {option_name}: {values}.",
            "The {title} comes in these {option_name}: {values}.",
            "The {title} is available in the following {option_name}: {values}.",
        ),
        "es": _t(
            "{title} viene en estas opciones de {option_name}: {values}.",
            "{title} está disponible en estas opciones de {option_name}: {values}.",
            "{title} está disponible en las siguientes opciones de {option_name}: {values}.",
        ),
        "pt": _t(
            "{title} tem estas opções de {option_name}: {values}.",
            "{title} está disponível nestas opções de {option_name}: {values}.",
            "{title} está disponível nas seguintes opções de {option_name}: {values}.",
        ),
        "tr": _t(
            "{title} için {option_name} seçenekleri: {values}.",
            "{title} için {option_name} seçenekleri şunlar: {values}.",
            "{title} için mevcut {option_name} seçenekleri şunlardır: {values}.",
        ),
        "id": _t(
            "{title} ada pilihan {option_name} berikut: {values}.",
            "{title} tersedia dalam pilihan {option_name} berikut: {values}.",
            "{title} tersedia dalam pilihan {option_name} berikut: {values}.",
        ),
        "ru": _t(
            "Для {title} есть такие {option_name}: {values}.",
            "Для {title} доступны такие {option_name}: {values}.",
            "Для {title} доступны следующие {option_name}: {values}.",
        ),
    },
    "options_single": {
        "en": _t(
            "The {title} comes in just one version.",
            "The {title} comes in one version only.",
            "The {title} is available in a single version only.",
        ),
        "es": _t(
            "{title} viene en una sola versión.",
            "{title} viene en una única versión.",
            "{title} está disponible en una única versión.",
        ),
        "pt": _t(
            "{title} tem uma versão só.",
            "{title} tem apenas uma versão.",
            "{title} está disponível em uma única versão.",
        ),
        "tr": _t(
            "{title} tek seçenekle satılıyor.",
            "{title} tek bir seçenekle satılıyor.",
            "{title} yalnızca tek bir seçenekle sunulmaktadır.",
        ),
        "id": _t(
            "{title} cuma ada satu varian.",
            "{title} hanya tersedia dalam satu varian.",
            "{title} hanya tersedia dalam satu varian.",
        ),
        "ru": _t(
            "У {title} только один вариант.",
            "{title} выпускается только в одном варианте.",
            "{title} выпускается только в одном варианте.",
        ),
    },
    # option names (the caller passes the localized word as {option_name})
    "option_name_size": {
        "en": _t("sizes"),
        "es": _t("talla"),
        "pt": _t("tamanho"),
        "tr": _t("beden"),
        "id": _t("ukuran"),
        "ru": _t("размеры"),
    },
    "option_name_color": {
        "en": _t("colors"),
        "es": _t("color"),
        "pt": _t("cor"),
        "tr": _t("renk"),
        "id": _t("warna"),
        "ru": _t("цвета"),
    },
    "link": {
        "en": _t(
            "Here's the link to the {title}: {url}",
            "Here is the link to the {title}: {url}",
            "Here is the link to the {title}: {url}",
        ),
        "es": _t(
            "Aquí tienes el enlace a {title}: {url}",
            "Aquí tienes el enlace a {title}: {url}",
            "Aquí tiene el enlace a {title}: {url}",
        ),
        "pt": _t(
            "Aqui está o link de {title}: {url}",
            "Aqui está o link de {title}: {url}",
            "Segue o link de {title}: {url}",
        ),
        "tr": _t(
            "İşte {title} bağlantısı: {url}",
            "İşte {title} bağlantısı: {url}",
            "{title} ürününün bağlantısı: {url}",
        ),
        "id": _t(
            "Ini link {title}: {url}",
            "Ini link untuk {title}: {url}",
            "Berikut tautan untuk {title}: {url}",
        ),
        "ru": _t(
            "Вот ссылка на {title}: {url}",
            "Вот ссылка на {title}: {url}",
            "Ссылка на товар {title}: {url}",
        ),
    },
    "recommend": {
        "en": _t(
            "Here are a few options: {items}.",
            "Here are some options: {items}.",
            "Here are some options you may like: {items}.",
        ),
        "es": _t(
            "Mira estas opciones: {items}.",
            "Aquí tienes algunas opciones: {items}.",
            "Le sugerimos estas opciones: {items}.",
        ),
        "pt": _t(
            "Olha só algumas opções: {items}.",
            "Aqui vão algumas opções: {items}.",
            "Seguem algumas opções: {items}.",
        ),
        "tr": _t(
            "İşte birkaç seçenek: {items}.",
            "Size önerebileceğim birkaç seçenek: {items}.",
            "Size önerebileceğimiz seçenekler: {items}.",
        ),
        "id": _t(
            "Ini beberapa pilihan buat kamu: {items}.",
            "Ini beberapa pilihan untuk kamu: {items}.",
            "Berikut beberapa pilihan untuk Anda: {items}.",
        ),
        "ru": _t(
            "Вот несколько вариантов: {items}.",
            "Вот несколько подходящих вариантов: {items}.",
            "Рекомендуем обратить внимание на: {items}.",
        ),
    },
    "recommend_none": {
        "en": _t(
            "I couldn't find anything matching that. Can you tell me a bit more about what you need?",
            "I couldn't find products matching that. Could you tell me more about what you need?",
            "I could not find products matching that. Could you tell me more about what you are looking for?",
        ),
        "es": _t(
            "No encontré nada que coincida. ¿Me cuentas un poco más de lo que buscas?",
            "No encontré productos que coincidan. ¿Me cuentas un poco más sobre lo que necesitas?",
            "No he encontrado productos que coincidan. ¿Podría darme más detalles sobre lo que busca?",
        ),
        "pt": _t(
            "Não achei nada parecido. Me conta um pouco mais do que você procura?",
            "Não encontrei produtos com essas características. Pode me contar um pouco mais sobre o que você procura?",
            "Não encontrei produtos correspondentes. Poderia dar mais detalhes sobre o que procura?",
        ),
        "tr": _t(
            "Buna uygun bir ürün bulamadım. Ne aradığını biraz daha anlatır mısın?",
            "Buna uygun bir ürün bulamadım. Ne aradığınızı biraz daha anlatır mısınız?",
            "Bu kriterlere uygun bir ürün bulamadık. Aradığınız ürünü biraz daha detaylandırabilir misiniz?",
        ),
        "id": _t(
            "Aku belum nemu produk yang cocok. Boleh ceritain lebih detail yang kamu cari?",
            "Saya belum menemukan produk yang cocok. Boleh jelaskan lebih detail apa yang kamu cari?",
            "Kami belum menemukan produk yang sesuai. Bisakah Anda menjelaskan lebih detail produk yang Anda cari?",
        ),
        "ru": _t(
            "Ничего подходящего не нашлось. Расскажете подробнее, что ищете?",
            "Не удалось подобрать подходящие товары. Расскажите подробнее, что вы ищете?",
            "К сожалению, подходящих товаров не найдено. Уточните, пожалуйста, что именно Вы ищете.",
        ),
    },
    # ------------------------------------------------------------------ shipping, returns, warranty per product
    "ships_in": {
        "en": _t(
            "The {title} ships in {duration}.",
            "The {title} ships in {duration}.",
            "The {title} ships within {duration}.",
        ),
        "es": _t(
            "{title} se envía en {duration}.",
            "{title} se envía en {duration}.",
            "El plazo de envío de {title} es de {duration}.",
        ),
        "pt": _t(
            "{title} sai para envio em {duration}.",
            "O prazo de envio de {title} é de {duration}.",
            "O prazo de envio de {title} é de {duration}.",
        ),
        "tr": _t(
            "{title} {duration} içinde kargoya verilir.",
            "{title} {duration} içinde kargoya verilir.",
            "{title} ürünü {duration} içinde kargoya verilmektedir.",
        ),
        "id": _t(
            "{title} dikirim dalam {duration}.",
            "{title} dikirim dalam {duration}.",
            "{title} akan dikirim dalam waktu {duration}.",
        ),
        "ru": _t(
            "Срок отправки {title}: {duration}.",
            "Срок отправки {title}: {duration}.",
            "Срок отправки товара {title}: {duration}.",
        ),
    },
    "ships_overnight": {
        "en": _t(
            "The {title} ships overnight (the next business day).",
            "The {title} ships overnight (the next business day).",
            "The {title} ships overnight, on the next business day.",
        ),
        "es": _t(
            "{title} sale al día siguiente hábil.",
            "{title} se envía al día siguiente hábil.",
            "{title} se envía al día siguiente hábil.",
        ),
        "pt": _t(
            "{title} sai já no dia seguinte (próximo dia útil).",
            "O envio de {title} é feito no dia seguinte (próximo dia útil).",
            "O envio de {title} é realizado no dia seguinte (próximo dia útil).",
        ),
        "tr": _t(
            "{title} ertesi gün kargoya verilir (bir sonraki iş günü).",
            "{title} ertesi gün kargoya verilir (bir sonraki iş günü).",
            "{title} ürünü ertesi gün, yani bir sonraki iş günü kargoya verilmektedir.",
        ),
        "id": _t(
            "{title} dikirim keesokan harinya (hari kerja berikutnya).",
            "{title} dikirim keesokan harinya (hari kerja berikutnya).",
            "{title} akan dikirim keesokan harinya (hari kerja berikutnya).",
        ),
        "ru": _t(
            "{title} отправим уже на следующий день (в ближайший рабочий день).",
            "{title} мы отправим на следующий день (в ближайший рабочий день).",
            "Товар {title} отправляется на следующий день (в ближайший рабочий день).",
        ),
    },
    "ships_multi": {
        "en": _t(
            "We ship everything together once the last item is ready, so your order ships in {duration} (the {title} takes longest).",
            "When you order several items, we ship them together once the last is ready, so your order ships in {duration} ({title} takes the longest).",
            "Orders with several items are shipped together once the last item is ready, so your order ships in {duration} ({title} takes the longest).",
        ),
        "es": _t(
            "Enviamos todo junto cuando el último producto está listo, así que tu pedido sale en {duration} ({title} es el que más tarda).",
            "Si pides varios productos, los enviamos juntos cuando el último está listo; tu pedido sale en {duration} ({title} es el que más tarda).",
            "Los pedidos con varios productos se envían juntos cuando el último está listo; su pedido saldrá en {duration} ({title} es el que más tarda).",
        ),
        "pt": _t(
            "A gente envia tudo junto quando o último item fica pronto, então seu pedido sai em {duration} ({title} é o que demora mais).",
            "Enviamos tudo junto quando o último item fica pronto, então seu pedido sai em {duration} ({title} é o que demora mais).",
            "Pedidos com vários itens são enviados juntos quando o último fica pronto; seu pedido sairá em {duration} ({title} é o que demora mais).",
        ),
        "tr": _t(
            "Tüm ürünleri sonuncusu hazır olunca birlikte gönderiyoruz; siparişin {duration} içinde kargoya verilir (en uzun süren: {title}).",
            "Tüm ürünleri sonuncusu hazır olunca birlikte gönderiyoruz; siparişiniz {duration} içinde kargoya verilir (en uzun süren: {title}).",
            "Birden fazla ürün içeren siparişler birlikte gönderilir; siparişiniz {duration} içinde kargoya verilir (en uzun süren ürün: {title}).",
        ),
        "id": _t(
            "Semua barang kami kirim bareng setelah yang terakhir siap, jadi pesananmu dikirim dalam {duration} ({title} yang paling lama).",
            "Semua barang kami kirim bersamaan setelah yang terakhir siap, jadi pesananmu dikirim dalam {duration} ({title} yang paling lama).",
            "Pesanan berisi beberapa barang dikirim bersamaan setelah semuanya siap, jadi pesanan Anda dikirim dalam {duration} ({title} paling lama).",
        ),
        "ru": _t(
            "Мы отправляем всё вместе, когда готов последний товар, так что срок отправки заказа: {duration} (дольше всех {title}).",
            "Мы отправляем всё вместе, когда готов последний товар, поэтому срок отправки заказа: {duration} (дольше всех готовится {title}).",
            "Товары из одного заказа отправляются вместе, когда готов последний; срок отправки заказа: {duration} (дольше всех готовится {title}).",
        ),
    },
    "returns_days": {
        "en": _t(
            "You've got {duration} to return the {title}.",
            "You can return the {title} within {duration}.",
            "The {title} may be returned within {duration}.",
        ),
        "es": _t(
            "Tienes {duration} para devolver {title}.",
            "Tienes {duration} para devolver {title}.",
            "Dispone de {duration} para devolver {title}.",
        ),
        "pt": _t(
            "Você tem {duration} para devolver {title}.",
            "Você tem {duration} para devolver {title}.",
            "O prazo de devolução de {title} é de {duration}.",
        ),
        "tr": _t(
            "{title} için {duration} içinde iade edebilirsin.",
            "{title} için iade süresi {duration}.",
            "{title} ürünü için iade süresi {duration}.",
        ),
        "id": _t(
            "{title} bisa dikembalikan dalam {duration}.",
            "{title} bisa dikembalikan dalam {duration}.",
            "{title} dapat dikembalikan dalam waktu {duration}.",
        ),
        "ru": _t(
            "На возврат {title} у вас есть {duration}.",
            "Срок возврата для {title}: {duration}.",
            "Срок возврата товара {title}: {duration}.",
        ),
    },
    "returns_none": {
        "en": _t(
            "The {title} cannot be returned, unless it arrives damaged or faulty.",
            "The {title} cannot be returned, unless it arrives damaged or faulty.",
            "The {title} cannot be returned unless it arrives damaged or faulty.",
        ),
        "es": _t(
            "{title} no admite devolución, salvo que llegue con daños o defectos.",
            "{title} no admite devoluciones, salvo que llegue con daños o defectos.",
            "{title} no admite devoluciones, salvo que llegue con daños o defectos de fábrica.",
        ),
        "pt": _t(
            "{title} não tem devolução, a não ser que chegue com dano ou defeito.",
            "{title} não aceita devolução, a menos que chegue com dano ou defeito.",
            "{title} não pode ser devolvido, exceto se chegar com dano ou defeito.",
        ),
        "tr": _t(
            "{title} hasarlı ya da kusurlu gelmediği sürece iade edilemiyor.",
            "{title} hasarlı ya da kusurlu gelmediği sürece iade edilemez.",
            "{title} ürünü, hasarlı veya kusurlu teslim edilmediği sürece iade edilemez.",
        ),
        "id": _t(
            "{title} nggak bisa dikembalikan, kecuali barangnya datang rusak atau cacat.",
            "{title} tidak bisa dikembalikan, kecuali barang yang diterima rusak atau cacat.",
            "{title} tidak dapat dikembalikan, kecuali barang diterima dalam kondisi rusak atau cacat.",
        ),
        "ru": _t(
            "{title} вернуть нельзя, только если товар пришёл повреждённым или с браком.",
            "{title} не подлежит возврату, если только товар не пришёл повреждённым или с браком.",
            "Товар {title} возврату не подлежит, за исключением случаев повреждения или брака.",
        ),
    },
    "warranty": {
        "en": _t(
            "The {title} is under warranty for {duration}.",
            "The {title} comes with a warranty of {duration}.",
            "The {title} is covered by a warranty of {duration}.",
        ),
        "es": _t(
            "{title} tiene {duration} de garantía.",
            "{title} tiene una garantía de {duration}.",
            "{title} cuenta con una garantía de {duration}.",
        ),
        "pt": _t(
            "{title} tem {duration} de garantia.",
            "{title} tem garantia de {duration}.",
            "{title} possui garantia de {duration}.",
        ),
        "tr": _t(
            "{title} {duration} garantili.",
            "{title} {duration} garantilidir.",
            "{title} ürünü {duration} garantilidir.",
        ),
        "id": _t(
            "{title} bergaransi {duration}.",
            "{title} bergaransi {duration}.",
            "{title} dilengkapi garansi selama {duration}.",
        ),
        "ru": _t(
            "Гарантия на {title}: {duration}.",
            "Гарантия на {title}: {duration}.",
            "Срок гарантии на товар {title}: {duration}.",
        ),
    },
    "warranty_lifetime": {
        "en": _t(
            "The {title} has a lifetime warranty.",
            "The {title} comes with a lifetime warranty.",
            "The {title} is covered by a lifetime warranty.",
        ),
        "es": _t(
            "{title} tiene garantía de por vida.",
            "{title} tiene garantía de por vida.",
            "{title} cuenta con garantía de por vida.",
        ),
        "pt": _t(
            "{title} tem garantia vitalícia.",
            "{title} tem garantia vitalícia.",
            "{title} possui garantia vitalícia.",
        ),
        "tr": _t(
            "{title} ömür boyu garantili.",
            "{title} ömür boyu garantilidir.",
            "{title} ürünü ömür boyu garantilidir.",
        ),
        "id": _t(
            "{title} bergaransi seumur hidup.",
            "{title} bergaransi seumur hidup.",
            "{title} dilengkapi garansi seumur hidup.",
        ),
        "ru": _t(
            "На {title} пожизненная гарантия.",
            "На {title} действует пожизненная гарантия.",
            "На товар {title} предоставляется пожизненная гарантия.",
        ),
    },
    "warranty_none": {
        "en": _t(
            "The {title} doesn't come with a warranty.",
            "The {title} has no warranty.",
            "The {title} does not come with a warranty.",
        ),
        "es": _t(
            "{title} no tiene garantía.",
            "{title} no tiene garantía.",
            "{title} no cuenta con garantía.",
        ),
        "pt": _t(
            "{title} não tem garantia.",
            "{title} não tem garantia.",
            "{title} não possui garantia.",
        ),
        "tr": _t(
            "{title} için garanti yok.",
            "{title} için garanti bulunmuyor.",
            "{title} ürünü için garanti bulunmamaktadır.",
        ),
        "id": _t(
            "{title} nggak ada garansinya.",
            "{title} tidak bergaransi.",
            "{title} tidak dilengkapi garansi.",
        ),
        "ru": _t(
            "На {title} гарантии нет.",
            "На {title} гарантия не предоставляется.",
            "На товар {title} гарантия не предоставляется.",
        ),
    },
    # ------------------------------------------------------------------ orders
    "order_status_processing": {
        "en": _t(
            "Order {number} is being prepared and hasn't left our warehouse yet.",
            "Order {number} is being prepared and hasn't left our warehouse yet.",
            "Order {number} is being prepared and has not left our warehouse yet.",
        ),
        "es": _t(
            "Tu pedido {number} se está preparando y todavía no ha salido.",
            "Tu pedido {number} se está preparando y todavía no ha salido de nuestro almacén.",
            "Su pedido {number} está en proceso de preparación y todavía no ha salido de nuestro almacén.",
        ),
        "pt": _t(
            "Seu pedido {number} está sendo preparado e ainda não foi despachado.",
            "Seu pedido {number} está sendo preparado e ainda não foi despachado.",
            "O pedido {number} está em processamento e ainda não foi despachado.",
        ),
        "tr": _t(
            "{number} numaralı siparişin hazırlanıyor, henüz kargoya verilmedi.",
            "{number} numaralı siparişiniz hazırlanıyor, henüz kargoya verilmedi.",
            "{number} numaralı siparişiniz hazırlanıyor; henüz kargoya teslim edilmemiştir.",
        ),
        "id": _t(
            "Pesanan {number} sedang diproses dan lagi disiapkan ya.",
            "Pesanan {number} sedang diproses dan sedang kami siapkan.",
            "Pesanan {number} sedang diproses dan sedang kami siapkan untuk pengiriman.",
        ),
        "ru": _t(
            "Заказ {number} готовится к отправке.",
            "Заказ {number} сейчас готовится к отправке.",
            "Заказ {number} обрабатывается и готовится к отправке.",
        ),
    },
    "order_status_shipped": {
        "en": _t(
            "Order {number} has shipped and is on its way! Tracking number: {tracking}.",
            "Order {number} has shipped and is on its way. Tracking number: {tracking}.",
            "Order {number} has shipped and is on its way. Tracking number: {tracking}.",
        ),
        "es": _t(
            "¡Tu pedido {number} ya fue enviado y va en camino! Número de seguimiento: {tracking}.",
            "Tu pedido {number} ya fue enviado y está en camino. Número de seguimiento: {tracking}.",
            "Su pedido {number} ha sido enviado y está en camino. Número de seguimiento: {tracking}.",
        ),
        "pt": _t(
            "Seu pedido {number} já foi enviado e está a caminho! Código de rastreio: {tracking}.",
            "Seu pedido {number} já foi enviado e está a caminho. Código de rastreio: {tracking}.",
            "O pedido {number} foi enviado e está a caminho. Código de rastreamento: {tracking}.",
        ),
        "tr": _t(
            "{number} numaralı siparişin kargoya verildi, yolda! Takip numarası: {tracking}.",
            "{number} numaralı siparişiniz kargoya verildi ve yolda. Takip numarası: {tracking}.",
            "{number} numaralı siparişiniz kargoya verildi. Kargo takip numarası: {tracking}.",
        ),
        "id": _t(
            "Pesanan {number} sudah dikirim dan lagi di jalan! Nomor resi: {tracking}.",
            "Pesanan {number} sudah dikirim dan sedang dalam perjalanan. Nomor resi: {tracking}.",
            "Pesanan {number} telah dikirim dan sedang dalam perjalanan. Nomor resi: {tracking}.",
        ),
        "ru": _t(
            "Заказ {number} отправлен и уже в пути! Трек-номер: {tracking}.",
            "Заказ {number} отправлен и уже в пути. Трек-номер: {tracking}.",
            "Заказ {number} отправлен и находится в пути. Трек-номер: {tracking}.",
        ),
    },
    "order_status_shipped_no_tracking": {
        "en": _t(
            "Order {number} has shipped and is on its way!",
            "Order {number} has shipped and is on its way.",
            "Order {number} has shipped and is on its way.",
        ),
        "es": _t(
            "¡Tu pedido {number} ya fue enviado y va en camino!",
            "Tu pedido {number} ya fue enviado y está en camino.",
            "Su pedido {number} ha sido enviado y está en camino.",
        ),
        "pt": _t(
            "Seu pedido {number} já foi enviado e está a caminho!",
            "Seu pedido {number} já foi enviado e está a caminho.",
            "O pedido {number} foi enviado e está a caminho.",
        ),
        "tr": _t(
            "{number} numaralı siparişin kargoya verildi, yolda!",
            "{number} numaralı siparişiniz kargoya verildi ve yolda.",
            "{number} numaralı siparişiniz kargoya verildi.",
        ),
        "id": _t(
            "Pesanan {number} sudah dikirim dan lagi di jalan!",
            "Pesanan {number} sudah dikirim dan sedang dalam perjalanan.",
            "Pesanan {number} telah dikirim dan sedang dalam perjalanan.",
        ),
        "ru": _t(
            "Заказ {number} отправлен и уже в пути!",
            "Заказ {number} отправлен и уже в пути.",
            "Заказ {number} отправлен и находится в пути.",
        ),
    },
    "order_status_delivered": {
        "en": _t(
            "Order {number} was delivered! Tracking number: {tracking}.",
            "Order {number} was delivered. Tracking number: {tracking}.",
            "Order {number} has been delivered. Tracking number: {tracking}.",
        ),
        "es": _t(
            "¡Tu pedido {number} ya fue entregado! Número de seguimiento: {tracking}.",
            "Tu pedido {number} ya fue entregado. Número de seguimiento: {tracking}.",
            "Su pedido {number} ha sido entregado. Número de seguimiento: {tracking}.",
        ),
        "pt": _t(
            "Seu pedido {number} já foi entregue! Código de rastreio: {tracking}.",
            "Seu pedido {number} já foi entregue. Código de rastreio: {tracking}.",
            "O pedido {number} foi entregue. Código de rastreamento: {tracking}.",
        ),
        "tr": _t(
            "{number} numaralı siparişin teslim edildi! Takip numarası: {tracking}.",
            "{number} numaralı siparişiniz teslim edildi. Takip numarası: {tracking}.",
            "{number} numaralı siparişiniz teslim edildi. Kargo takip numarası: {tracking}.",
        ),
        "id": _t(
            "Pesanan {number} sudah diterima! Nomor resi: {tracking}.",
            "Pesanan {number} sudah diterima. Nomor resi: {tracking}.",
            "Pesanan {number} sudah diterima. Nomor resi: {tracking}.",
        ),
        "ru": _t(
            "Заказ {number} доставлен! Трек-номер: {tracking}.",
            "Заказ {number} доставлен. Трек-номер: {tracking}.",
            "Заказ {number} доставлен. Трек-номер: {tracking}.",
        ),
    },
    "order_status_delivered_no_tracking": {
        "en": _t(
            "Order {number} was delivered!",
            "Order {number} was delivered.",
            "Order {number} has been delivered.",
        ),
        "es": _t(
            "¡Tu pedido {number} ya fue entregado!",
            "Tu pedido {number} ya fue entregado.",
            "Su pedido {number} ha sido entregado.",
        ),
        "pt": _t(
            "Seu pedido {number} já foi entregue!",
            "Seu pedido {number} já foi entregue.",
            "O pedido {number} foi entregue.",
        ),
        "tr": _t(
            "{number} numaralı siparişin teslim edildi!",
            "{number} numaralı siparişiniz teslim edildi.",
            "{number} numaralı siparişiniz teslim edildi.",
        ),
        "id": _t(
            "Pesanan {number} sudah diterima!",
            "Pesanan {number} sudah diterima.",
            "Pesanan {number} sudah diterima.",
        ),
        "ru": _t(
            "Заказ {number} доставлен!",
            "Заказ {number} доставлен.",
            "Заказ {number} доставлен.",
        ),
    },
    "order_status_cancelled": {
        "en": _t(
            "Order {number} was cancelled.",
            "Order {number} was cancelled.",
            "Order {number} has been cancelled.",
        ),
        "es": _t(
            "Tu pedido {number} fue cancelado.",
            "Tu pedido {number} fue cancelado.",
            "Su pedido {number} ha sido cancelado.",
        ),
        "pt": _t(
            "Seu pedido {number} foi cancelado.",
            "Seu pedido {number} foi cancelado.",
            "O pedido {number} foi cancelado.",
        ),
        "tr": _t(
            "{number} numaralı siparişin iptal edildi.",
            "{number} numaralı siparişiniz iptal edildi.",
            "{number} numaralı siparişiniz iptal edildi.",
        ),
        "id": _t(
            "Pesanan {number} sudah dibatalkan.",
            "Pesanan {number} sudah dibatalkan.",
            "Pesanan {number} telah dibatalkan.",
        ),
        "ru": _t(
            "Заказ {number} отменён.",
            "Заказ {number} отменён.",
            "Заказ {number} отменён.",
        ),
    },
    "order_status_other": {
        "en": _t(
            "Order {number} status: {status}.",
            "The status of order {number} is: {status}.",
            "The current status of order {number} is: {status}.",
        ),
        "es": _t(
            "Estado de tu pedido {number}: {status}.",
            "El estado de tu pedido {number} es: {status}.",
            "El estado actual de su pedido {number} es: {status}.",
        ),
        "pt": _t(
            "Status do seu pedido {number}: {status}.",
            "O status do seu pedido {number} é: {status}.",
            "O status atual do pedido {number} é: {status}.",
        ),
        "tr": _t(
            "{number} numaralı siparişinin durumu: {status}.",
            "{number} numaralı siparişinizin durumu: {status}.",
            "{number} numaralı siparişinizin güncel durumu: {status}.",
        ),
        "id": _t(
            "Status pesanan {number}: {status}.",
            "Status pesanan {number} saat ini: {status}.",
            "Status pesanan {number} saat ini: {status}.",
        ),
        "ru": _t(
            "Статус заказа {number}: {status}.",
            "Статус заказа {number}: {status}.",
            "Текущий статус заказа {number}: {status}.",
        ),
    },
    "order_tracking_link": {
        "en": _t(
            "You can track it here: {url}",
            "You can follow it here: {url}",
            "You can follow the delivery here: {url}",
        ),
        "es": _t(
            "Puedes seguirlo aquí: {url}",
            "Puedes seguir el envío aquí: {url}",
            "Puede seguir el envío aquí: {url}",
        ),
        "pt": _t(
            "Dá pra acompanhar aqui: {url}",
            "Você pode acompanhar a entrega aqui: {url}",
            "Acompanhe a entrega por este link: {url}",
        ),
        "tr": _t(
            "Kargonu buradan takip edebilirsin: {url}",
            "Kargonuzu buradan takip edebilirsiniz: {url}",
            "Kargonuzu şu bağlantıdan takip edebilirsiniz: {url}",
        ),
        "id": _t(
            "Kamu bisa lacak paketnya di sini: {url}",
            "Kamu bisa melacak paketnya di sini: {url}",
            "Anda dapat melacak paket di sini: {url}",
        ),
        "ru": _t(
            "Отследить посылку можно здесь: {url}",
            "Отследить посылку можно здесь: {url}",
            "Отследить посылку можно по ссылке: {url}",
        ),
    },
    "order_ask_contact": {
        "en": _t(
            "Sure, I can help! To check order {number}, just tell me the email or phone number you used for the order.",
            "I can help with that! To check order {number}, please tell me the email address or phone number used for the order.",
            "I can help with that. To check order {number}, please provide the email address or phone number used for the order.",
        ),
        "es": _t(
            "¡Claro, te ayudo! Para ver el pedido {number}, dime el correo o teléfono que usaste al comprar.",
            "¡Con gusto te ayudo! Para consultar el pedido {number}, dime el correo o teléfono que usaste en la compra.",
            "Con gusto le ayudo. Para consultar el pedido {number}, indíqueme el correo electrónico o teléfono usado en la compra.",
        ),
        "pt": _t(
            "Claro, posso ajudar! Pra ver o pedido {number}, me passa o e-mail ou telefone usado na compra.",
            "Posso ajudar, sim! Para consultar o pedido {number}, me informe o e-mail ou telefone usado na compra.",
            "Posso ajudar. Para consultar o pedido {number}, por favor informe o e-mail ou telefone usado na compra.",
        ),
        "tr": _t(
            "Tabii, yardımcı olayım! {number} numaralı siparişi kontrol etmem için siparişte kullandığın e-posta ya da telefonu yazar mısın?",
            "Tabii, yardımcı olayım! {number} numaralı siparişi kontrol etmem için siparişte kullandığınız e-posta ya da telefonu yazar mısınız?",
            "Memnuniyetle. {number} numaralı siparişi kontrol edebilmem için siparişte kullandığınız e-posta adresini veya telefonu paylaşır mısınız?",
        ),
        "id": _t(
            "Bisa, aku bantu cek ya! Untuk pesanan {number}, boleh info email atau nomor HP yang dipakai waktu pesan?",
            "Tentu, saya bantu cek. Untuk pesanan {number}, mohon info email atau nomor telepon yang kamu gunakan saat memesan.",
            "Baik, kami bantu cek. Untuk pesanan {number}, mohon sebutkan email atau nomor telepon yang Anda gunakan saat memesan.",
        ),
        "ru": _t(
            "Конечно, помогу! Чтобы проверить заказ {number}, напишите email или телефон, указанный при заказе.",
            "Конечно, помогу! Чтобы проверить заказ {number}, напишите, пожалуйста, email или телефон, указанный при заказе.",
            "С удовольствием помогу. Чтобы проверить заказ {number}, укажите, пожалуйста, email или телефон, указанный при оформлении.",
        ),
    },
    "order_ask_number": {
        "en": _t(
            "Sure! Just send me your order number and the email or phone number you used for the order.",
            "Please tell me your order number and the email address or phone number used for the order.",
            "Please provide your order number and the email address or phone number used for the order.",
        ),
        "es": _t(
            "¡Claro! Pásame tu número de pedido y el correo o teléfono que usaste al comprar.",
            "Dime tu número de pedido y el correo o teléfono que usaste en la compra, por favor.",
            "Por favor, indíqueme su número de pedido y el correo electrónico o teléfono usado en la compra.",
        ),
        "pt": _t(
            "Claro! Me passa o número do pedido e o e-mail ou telefone usado na compra.",
            "Por favor, me informe o número do pedido e o e-mail ou telefone usado na compra.",
            "Por favor, informe o número do pedido e o e-mail ou telefone usado na compra.",
        ),
        "tr": _t(
            "Tabii! Sipariş numaranı ve siparişte kullandığın e-posta ya da telefonu yazar mısın?",
            "Sipariş numaranızı ve siparişte kullandığınız e-posta adresini ya da telefonu yazar mısınız?",
            "Lütfen sipariş numaranızı ve siparişte kullandığınız e-posta adresini veya telefon numarasını paylaşın.",
        ),
        "id": _t(
            "Boleh kirim nomor pesanan dan email atau nomor HP yang dipakai waktu pesan?",
            "Mohon info nomor pesanan serta email atau nomor telepon yang kamu gunakan saat memesan.",
            "Mohon sebutkan nomor pesanan serta email atau nomor telepon yang Anda gunakan saat memesan.",
        ),
        "ru": _t(
            "Напишите номер заказа и email или телефон, указанный при заказе.",
            "Напишите, пожалуйста, номер заказа и email или телефон, указанный при заказе.",
            "Пожалуйста, укажите номер заказа и email или телефон, указанный при оформлении.",
        ),
    },
    # must reveal nothing about the order (no status words at all); one refusal for an unknown number, wrong
    # contact data, too many candidates and too many attempts, so it never tells whether the number exists
    "order_refused": {
        "en": _t(
            "Sorry, I can't share order {number} with those details. Check the number and the email or phone you used, or ask for our team.",
            "I'm sorry, I can't share order {number} with those details. Please check the number and the email or phone used, or ask for our team.",
            "I am sorry, I cannot share order {number} with those details. Please check the number and the email or phone used, or ask for our team.",
        ),
        "es": _t(
            "Lo siento, no puedo darte datos del pedido {number} así. Revisa el número y el correo o teléfono que usaste, o pide hablar con el equipo.",
            "Lo siento, no puedo compartir el pedido {number} con esos datos. Revisa el número y el correo o teléfono de la compra, o pide hablar con el equipo.",
            "Lo siento, no puedo compartir el pedido {number} con esos datos. Revise el número y el correo o teléfono de la compra, o pida hablar con el equipo.",
        ),
        "pt": _t(
            "Poxa, não posso passar o pedido {number} com esses dados. Confere o número e o e-mail ou telefone da compra, ou chama a equipe.",
            "Sinto muito, não posso compartilhar o pedido {number} com esses dados. Confira o número e o e-mail ou telefone, ou fale com a equipe.",
            "Sinto muito, não é possível compartilhar o pedido {number} com esses dados. Confira o número e o e-mail ou telefone, ou fale com a equipe.",
        ),
        "tr": _t(
            "Üzgünüm, {number} numaralı siparişi bu bilgilerle paylaşamam. Numarayı ve e-posta ya da telefonu kontrol et ya da ekibimizi iste.",
            "Üzgünüm, {number} numaralı siparişi bu bilgilerle paylaşamam. Numarayı ve e-posta ya da telefonu kontrol edin ya da ekibimizi isteyin.",
            "Üzgünüz, {number} numaralı sipariş bu bilgilerle paylaşılamıyor. Numarayı ve e-posta veya telefonu kontrol edin ya da ekibimizi isteyin.",
        ),
        "id": _t(
            "Maaf, aku nggak bisa kasih info pesanan {number} dengan data itu. Cek lagi nomor dan email atau HP-nya, atau minta bicara dengan tim.",
            "Maaf, saya tidak bisa membagikan pesanan {number} dengan data itu. Cek lagi nomor serta email atau teleponnya, atau minta bicara dengan tim.",
            "Mohon maaf, pesanan {number} tidak dapat kami bagikan dengan data tersebut. Periksa nomor serta email atau telepon, atau hubungi tim kami.",
        ),
        "ru": _t(
            "Извините, по этим данным не могу рассказать о заказе {number}. Проверьте номер и email или телефон или попросите позвать оператора.",
            "К сожалению, по этим данным не могу сообщить о заказе {number}. Проверьте номер и email или телефон или попросите позвать оператора.",
            "К сожалению, по этим данным сообщить о заказе {number} нельзя. Проверьте номер и email или телефон либо попросите связать Вас с оператором.",
        ),
    },
    # ------------------------------------------------------------------ store policies
    "policy_intro": {
        "en": _t(
            "Here's what our store policy says:",
            "According to our store policy:",
            "According to our store policy:",
        ),
        "es": _t(
            "Esto dice nuestra política:",
            "Según la política de nuestra tienda:",
            "Según la política de nuestra tienda:",
        ),
        "pt": _t(
            "Olha o que diz a política da loja:",
            "De acordo com a política da nossa loja:",
            "De acordo com a política da nossa loja:",
        ),
        "tr": _t(
            "Mağaza politikamızda şöyle yazıyor:",
            "Mağaza politikamıza göre:",
            "Mağaza politikamıza göre:",
        ),
        "id": _t(
            "Menurut kebijakan toko kami:",
            "Menurut kebijakan toko kami:",
            "Berdasarkan kebijakan toko kami:",
        ),
        "ru": _t(
            "Вот что сказано в правилах магазина:",
            "Согласно правилам нашего магазина:",
            "Согласно правилам нашего магазина:",
        ),
    },
    "ship_cost": {
        "en": _t(
            "Standard shipping is {price} per order{time_clause}.",
            "Standard shipping costs {price} per order{time_clause}.",
            "Standard shipping costs {price} per order{time_clause}.",
        ),
        "es": _t(
            "El envío estándar cuesta {price} por pedido{time_clause}.",
            "El envío estándar cuesta {price} por pedido{time_clause}.",
            "El envío estándar tiene un costo de {price} por pedido{time_clause}.",
        ),
        "pt": _t(
            "O frete padrão custa {price} por pedido{time_clause}.",
            "O frete padrão custa {price} por pedido{time_clause}.",
            "O frete padrão custa {price} por pedido{time_clause}.",
        ),
        "tr": _t(
            "Standart kargo ücreti sipariş başına {price}{time_clause}.",
            "Standart kargo ücreti sipariş başına {price}{time_clause}.",
            "Standart kargo ücreti sipariş başına {price}{time_clause}.",
        ),
        "id": _t(
            "Ongkir reguler {price} per pesanan{time_clause}.",
            "Ongkir reguler {price} per pesanan{time_clause}.",
            "Biaya pengiriman standar {price} per pesanan{time_clause}.",
        ),
        "ru": _t(
            "Обычная доставка стоит {price} за заказ{time_clause}.",
            "Стандартная доставка стоит {price} за заказ{time_clause}.",
            "Стоимость стандартной доставки составляет {price} за заказ{time_clause}.",
        ),
    },
    # appended to ship_cost / ship_express; starts with a space
    "time_clause_takes": {
        "en": _t(" and takes {time}"),
        "es": _t(" y tarda {time}"),
        "pt": _t(" e o prazo é de {time}"),
        "tr": _t(" olup teslimat {time} sürer"),
        "id": _t(" dengan estimasi {time}"),
        "ru": _t(" (срок доставки: {time})"),
    },
    "ship_free_over": {
        "en": _t(
            "Standard shipping is free on orders of {amount} or more.",
            "Standard shipping is free for orders of {amount} or more.",
            "Standard shipping is free for orders of {amount} or more.",
        ),
        "es": _t(
            "El envío estándar es gratis en pedidos desde {amount}.",
            "El envío estándar es gratis en pedidos a partir de {amount}.",
            "El envío estándar es gratuito en pedidos a partir de {amount}.",
        ),
        "pt": _t(
            "O frete padrão é grátis em compras a partir de {amount}.",
            "O frete padrão é grátis para pedidos a partir de {amount}.",
            "O frete padrão é gratuito para pedidos a partir de {amount}.",
        ),
        "tr": _t(
            "{amount} ve üzeri siparişlerde standart kargo ücretsiz.",
            "{amount} ve üzeri siparişlerde standart kargo ücretsiz.",
            "{amount} ve üzeri siparişlerde standart kargo ücretsizdir.",
        ),
        "id": _t(
            "Gratis ongkir reguler untuk belanja minimal {amount}.",
            "Gratis ongkir reguler untuk pesanan minimal {amount}.",
            "Pengiriman standar gratis untuk pesanan minimal {amount}.",
        ),
        "ru": _t(
            "Обычная доставка бесплатна для заказов от {amount}.",
            "Стандартная доставка бесплатна для заказов от {amount}.",
            "Стандартная доставка бесплатна при заказе от {amount}.",
        ),
    },
    "ship_express": {
        "en": _t(
            "Express shipping is {price}{time_clause}.",
            "Express shipping costs {price}{time_clause}.",
            "Express shipping costs {price}{time_clause}.",
        ),
        "es": _t(
            "El envío exprés cuesta {price}{time_clause}.",
            "El envío exprés cuesta {price}{time_clause}.",
            "El envío exprés tiene un costo de {price}{time_clause}.",
        ),
        "pt": _t(
            "O frete expresso custa {price}{time_clause}.",
            "O frete expresso custa {price}{time_clause}.",
            "O frete expresso custa {price}{time_clause}.",
        ),
        "tr": _t(
            "Hızlı kargo ücreti {price}{time_clause}.",
            "Hızlı kargo ücreti {price}{time_clause}.",
            "Hızlı kargo ücreti {price}{time_clause}.",
        ),
        "id": _t(
            "Ongkir ekspres {price}{time_clause}.",
            "Ongkir ekspres {price}{time_clause}.",
            "Biaya pengiriman ekspres {price}{time_clause}.",
        ),
        "ru": _t(
            "Экспресс-доставка стоит {price}{time_clause}.",
            "Экспресс-доставка стоит {price}{time_clause}.",
            "Стоимость экспресс-доставки составляет {price}{time_clause}.",
        ),
    },
    "ship_countries": {
        "en": _t(
            "We only ship to {countries}.",
            "We ship to {countries} only.",
            "We ship to {countries} only.",
        ),
        "es": _t(
            "Solo enviamos a {countries}.",
            "Solo hacemos envíos a {countries}.",
            "Solo realizamos envíos a {countries}.",
        ),
        "pt": _t(
            "Só enviamos para estes países: {countries}.",
            "Enviamos apenas para estes países: {countries}.",
            "Realizamos envios apenas para os seguintes países: {countries}.",
        ),
        "tr": _t(
            "Sadece şu ülkelere gönderim yapıyoruz: {countries}.",
            "Yalnızca şu ülkelere gönderim yapıyoruz: {countries}.",
            "Yalnızca şu ülkelere gönderim yapılmaktadır: {countries}.",
        ),
        "id": _t(
            "Kami cuma kirim ke {countries}.",
            "Kami hanya mengirim ke {countries}.",
            "Kami hanya melayani pengiriman ke {countries}.",
        ),
        "ru": _t(
            "Доставляем только в эти страны: {countries}.",
            "Доставка возможна только в следующие страны: {countries}.",
            "Доставка осуществляется только в следующие страны: {countries}.",
        ),
    },
    "contact_email": {
        "en": _t(
            "You can reach our customer service at {email}.",
            "You can reach our customer service at {email}.",
            "You can contact our customer service at {email}.",
        ),
        "es": _t(
            "Puedes escribirnos a {email}.",
            "Puedes escribir a atención al cliente a {email}.",
            "Puede contactar con atención al cliente en {email}.",
        ),
        "pt": _t(
            "Você pode falar com a gente pelo e-mail {email}.",
            "Você pode falar com nosso atendimento pelo e-mail {email}.",
            "Você pode entrar em contato com nosso atendimento pelo e-mail {email}.",
        ),
        "tr": _t(
            "Müşteri hizmetlerimize {email} adresinden ulaşabilirsin.",
            "Müşteri hizmetlerimize {email} adresinden ulaşabilirsiniz.",
            "Müşteri hizmetlerimize {email} adresinden ulaşabilirsiniz.",
        ),
        "id": _t(
            "Kamu bisa hubungi customer service kami di {email}.",
            "Kamu bisa menghubungi layanan pelanggan kami di {email}.",
            "Anda dapat menghubungi layanan pelanggan kami melalui {email}.",
        ),
        "ru": _t(
            "Написать в поддержку можно на {email}.",
            "Связаться со службой поддержки можно по адресу {email}.",
            "Связаться со службой поддержки можно по адресу {email}.",
        ),
    },
    "hours": {
        "en": _t(
            "Our customer service hours: {hours}.",
            "Our customer service hours are: {hours}.",
            "Our customer service hours are: {hours}.",
        ),
        "es": _t(
            "Nuestro horario de atención: {hours}.",
            "Nuestro horario de atención al cliente es: {hours}.",
            "Nuestro horario de atención al cliente es: {hours}.",
        ),
        "pt": _t(
            "Nosso horário de atendimento: {hours}.",
            "Nosso horário de atendimento é: {hours}.",
            "Nosso horário de atendimento é: {hours}.",
        ),
        "tr": _t(
            "Müşteri hizmetleri çalışma saatlerimiz: {hours}.",
            "Müşteri hizmetleri çalışma saatlerimiz: {hours}.",
            "Müşteri hizmetleri çalışma saatlerimiz şöyledir: {hours}.",
        ),
        "id": _t(
            "Jam layanan pelanggan kami: {hours}.",
            "Jam operasional layanan pelanggan kami: {hours}.",
            "Jam operasional layanan pelanggan kami: {hours}.",
        ),
        "ru": _t(
            "Часы работы поддержки: {hours}.",
            "Часы работы службы поддержки: {hours}.",
            "Часы работы службы поддержки: {hours}.",
        ),
    },
    "closed_on": {
        "en": _t(
            "We're closed on {days}.",
            "We're closed on {days}.",
            "We are closed on {days}.",
        ),
        "es": _t(
            "Estamos cerrados estos días: {days}.",
            "Estamos cerrados los siguientes días: {days}.",
            "Permanecemos cerrados los siguientes días: {days}.",
        ),
        "pt": _t(
            "Ficamos fechados nestes dias: {days}.",
            "Ficamos fechados nos seguintes dias: {days}.",
            "Permanecemos fechados nos seguintes dias: {days}.",
        ),
        "tr": _t(
            "{days} günleri kapalıyız.",
            "{days} günleri kapalıyız.",
            "{days} günleri kapalıyız.",
        ),
        "id": _t(
            "Kami tutup setiap hari {days}.",
            "Kami tutup setiap hari {days}.",
            "Kami tutup setiap hari {days}.",
        ),
        "ru": _t(
            "В эти дни мы не работаем: {days}.",
            "В эти дни мы не работаем: {days}.",
            "Мы не работаем в следующие дни: {days}.",
        ),
    },
    "payment_methods": {
        "en": _t(
            "We take {methods}.",
            "We accept {methods}.",
            "We accept the following payment methods: {methods}.",
        ),
        "es": _t(
            "Aceptamos {methods}.",
            "Aceptamos {methods}.",
            "Aceptamos los siguientes medios de pago: {methods}.",
        ),
        "pt": _t(
            "Aceitamos {methods}.",
            "Aceitamos {methods}.",
            "Aceitamos as seguintes formas de pagamento: {methods}.",
        ),
        "tr": _t(
            "Şu ödeme yöntemlerini kabul ediyoruz: {methods}.",
            "Şu ödeme yöntemlerini kabul ediyoruz: {methods}.",
            "Kabul ettiğimiz ödeme yöntemleri şunlardır: {methods}.",
        ),
        "id": _t(
            "Kami terima pembayaran via {methods}.",
            "Kami menerima pembayaran dengan {methods}.",
            "Kami menerima metode pembayaran berikut: {methods}.",
        ),
        "ru": _t(
            "Принимаем к оплате: {methods}.",
            "Мы принимаем к оплате: {methods}.",
            "Мы принимаем следующие способы оплаты: {methods}.",
        ),
    },
    "return_condition": {
        "en": _t(
            "Returned items need to be unused and in their original packaging.",
            "Returned items must be unused and in their original packaging.",
            "Returned items must be unused and in their original packaging.",
        ),
        "es": _t(
            "Los productos que devuelvas deben estar sin usar y en su embalaje original.",
            "Los productos devueltos deben estar sin usar y en su embalaje original.",
            "Los productos devueltos deben estar sin usar y en su embalaje original.",
        ),
        "pt": _t(
            "Os produtos devolvidos precisam estar sem uso e na embalagem original.",
            "Os produtos devolvidos devem estar sem uso e na embalagem original.",
            "Os produtos devolvidos devem estar sem uso e na embalagem original.",
        ),
        "tr": _t(
            "İade edeceğin ürünler kullanılmamış ve orijinal ambalajında olmalı.",
            "İade edilen ürünler kullanılmamış ve orijinal ambalajında olmalıdır.",
            "İade edilen ürünlerin kullanılmamış ve orijinal ambalajında olması gerekmektedir.",
        ),
        "id": _t(
            "Barang yang diretur harus belum dipakai dan masih dalam kemasan aslinya.",
            "Barang yang dikembalikan harus belum dipakai dan masih dalam kemasan aslinya.",
            "Barang yang dikembalikan harus dalam kondisi belum digunakan dan dalam kemasan aslinya.",
        ),
        "ru": _t(
            "Товар для возврата должен быть неиспользованным и в оригинальной упаковке.",
            "Возвращаемый товар должен быть неиспользованным и в оригинальной упаковке.",
            "Возвращаемый товар должен быть неиспользованным и в оригинальной упаковке.",
        ),
    },
    "return_how": {
        "en": _t(
            "To start a return, just email {email} with your order number.",
            "To start a return, email {email} with your order number.",
            "To start a return, please email {email} with your order number.",
        ),
        "es": _t(
            "Para hacer una devolución, escríbenos a {email} con tu número de pedido.",
            "Para iniciar una devolución, escribe a {email} indicando tu número de pedido.",
            "Para iniciar una devolución, escriba a {email} indicando su número de pedido.",
        ),
        "pt": _t(
            "Pra pedir uma devolução, manda um e-mail para {email} com o número do pedido.",
            "Para solicitar uma devolução, envie um e-mail para {email} com o número do seu pedido.",
            "Para solicitar uma devolução, envie um e-mail para {email} informando o número do pedido.",
        ),
        "tr": _t(
            "İade başlatmak için sipariş numaranla birlikte {email} adresine e-posta at.",
            "İade başlatmak için sipariş numaranızla birlikte {email} adresine e-posta gönderin.",
            "İade talebi için lütfen sipariş numaranızla birlikte {email} adresine e-posta gönderin.",
        ),
        "id": _t(
            "Untuk retur, kirim email ke {email} dengan nomor pesananmu ya.",
            "Untuk mengajukan retur, kirim email ke {email} dengan mencantumkan nomor pesananmu.",
            "Untuk mengajukan pengembalian, silakan kirim email ke {email} dengan mencantumkan nomor pesanan Anda.",
        ),
        "ru": _t(
            "Чтобы оформить возврат, напишите на {email} и укажите номер заказа.",
            "Чтобы оформить возврат, напишите на {email} и укажите номер заказа.",
            "Для оформления возврата напишите, пожалуйста, на {email}, указав номер заказа.",
        ),
    },
    "return_fee": {
        "en": _t(
            "Return shipping is free if the item is faulty or we sent the wrong one; otherwise we take a {fee} return shipping fee off your refund.",
            "Return shipping is free if the item is faulty or we sent the wrong item; otherwise a {fee} return shipping fee is deducted from your refund.",
            "Return shipping is free if the item is faulty or we sent the wrong item; otherwise, a {fee} return shipping fee is deducted from the refund.",
        ),
        "es": _t(
            "La devolución es gratis si el producto tiene un defecto o te enviamos otro; si no, descontamos {fee} de tu reembolso por el envío.",
            "El envío de la devolución es gratis si el producto es defectuoso o nos equivocamos de artículo; si no, descontamos {fee} de tu reembolso.",
            "El envío de la devolución es gratuito si el producto es defectuoso o erróneo; en otro caso, se descuentan {fee} del reembolso.",
        ),
        "pt": _t(
            "O frete de devolução é grátis se o produto tiver defeito ou se mandarmos o item errado; se não, descontamos {fee} do reembolso.",
            "O frete de devolução é grátis se o produto tiver defeito ou se enviarmos o item errado; caso contrário, descontamos {fee} do reembolso.",
            "O frete de devolução é gratuito em caso de defeito ou envio do item errado; nos demais casos, {fee} são descontados do reembolso.",
        ),
        "tr": _t(
            "Ürün kusurluysa ya da yanlış ürün gönderdiysek iade kargosu ücretsiz; değilse {fee} iade kargo ücreti iadenden düşülür.",
            "Ürün kusurluysa veya yanlış ürün gönderdiysek iade kargosu ücretsizdir; aksi halde {fee} iade kargo ücreti iade tutarından düşülür.",
            "Kusurlu veya yanlış gönderilen ürünlerde iade kargosu ücretsizdir; diğer durumlarda {fee} iade kargo ücreti iade tutarından düşülür.",
        ),
        "id": _t(
            "Ongkir retur gratis kalau barangnya cacat atau kami salah kirim; kalau nggak, biaya retur {fee} dipotong dari dana refund.",
            "Ongkir retur gratis jika barang cacat atau kami salah kirim; selain itu, biaya retur {fee} akan dipotong dari dana refund.",
            "Ongkos kirim retur gratis jika barang cacat atau terjadi salah kirim; selain itu, biaya retur {fee} akan dipotong dari dana refund.",
        ),
        "ru": _t(
            "Обратная доставка бесплатна, если товар с браком или мы прислали не тот; иначе из суммы возврата удержим {fee}.",
            "Обратная доставка бесплатна, если товар с браком или мы прислали не тот товар; в остальных случаях из суммы возврата удерживается {fee}.",
            "Обратная доставка бесплатна при браке или ошибке в заказе; в остальных случаях из суммы возврата удерживается {fee}.",
        ),
    },
    "refund_time": {
        "en": _t(
            "Refunds go back to your original payment method within {time} after we get the returned item.",
            "Refunds go back to your original payment method within {time} after we receive the returned item.",
            "Refunds are issued to the original payment method within {time} after we receive the returned item.",
        ),
        "es": _t(
            "El reembolso llega a tu método de pago original en un plazo de {time} desde que recibimos la devolución.",
            "El reembolso se hace a tu método de pago original en un plazo de {time} desde que recibimos la devolución.",
            "El reembolso se realiza al método de pago original en un plazo de {time} desde que recibimos la devolución.",
        ),
        "pt": _t(
            "O reembolso cai na forma de pagamento original em até {time} depois que recebemos o produto devolvido.",
            "O reembolso é feito na forma de pagamento original em até {time} após recebermos o produto devolvido.",
            "O reembolso é feito na forma de pagamento original em até {time} após o recebimento do produto devolvido.",
        ),
        "tr": _t(
            "Ücret iadesi, ürün bize ulaştıktan sonra {time} içinde ödeme yaptığın yönteme yapılır.",
            "Ücret iadesi, iade edilen ürün bize ulaştıktan sonra {time} içinde orijinal ödeme yönteminize yapılır.",
            "Ücret iadesi, iade edilen ürün tarafımıza ulaştıktan sonra {time} içinde orijinal ödeme yönteminize yapılır.",
        ),
        "id": _t(
            "Dana refund balik ke metode pembayaran awal dalam {time} setelah barang retur kami terima.",
            "Dana refund dikembalikan ke metode pembayaran awal dalam {time} setelah barang retur kami terima.",
            "Dana refund dikembalikan ke metode pembayaran awal dalam waktu {time} setelah barang retur kami terima.",
        ),
        "ru": _t(
            "Деньги вернутся тем же способом, которым вы платили; срок: {time} после получения нами товара.",
            "Деньги возвращаются тем же способом, которым вы платили; срок: {time} после получения нами товара.",
            "Денежные средства возвращаются на исходный способ оплаты; срок: {time} с момента получения нами товара.",
        ),
    },
    "discount_code": {
        "en": _t(
            "Use code {code} to get {percent} off your first order{min_clause}.",
            "Use the code {code} to get {percent} off your first order{min_clause}.",
            "Use the code {code} to receive {percent} off your first order{min_clause}.",
        ),
        "es": _t(
            "Usa el código {code} y llévate un {percent} de descuento en tu primer pedido{min_clause}.",
            "Usa el código {code} para obtener un {percent} de descuento en tu primer pedido{min_clause}.",
            "Utilice el código {code} para obtener un {percent} de descuento en su primer pedido{min_clause}.",
        ),
        "pt": _t(
            "Usa o cupom {code} e ganha {percent} de desconto na primeira compra{min_clause}.",
            "Use o cupom {code} para ganhar {percent} de desconto na sua primeira compra{min_clause}.",
            "Utilize o cupom {code} para obter {percent} de desconto na sua primeira compra{min_clause}.",
        ),
        "tr": _t(
            "İlk siparişinde {code} koduyla {percent} indirim kazanabilirsin{min_clause}.",
            "İlk siparişinizde {code} koduyla {percent} indirim kazanabilirsiniz{min_clause}.",
            "İlk siparişinizde {code} kodunu kullanarak {percent} indirimden yararlanabilirsiniz{min_clause}.",
        ),
        "id": _t(
            "Pakai kode {code} buat dapat diskon {percent} di pesanan pertamamu{min_clause}.",
            "Gunakan kode {code} untuk dapat diskon {percent} di pesanan pertamamu{min_clause}.",
            "Gunakan kode {code} untuk mendapatkan diskon {percent} pada pesanan pertama Anda{min_clause}.",
        ),
        "ru": _t(
            "С промокодом {code} вы получите скидку {percent} на первый заказ{min_clause}.",
            "Используйте промокод {code}, чтобы получить скидку {percent} на первый заказ{min_clause}.",
            "Используйте промокод {code}, чтобы получить скидку {percent} на первый заказ{min_clause}.",
        ),
    },
    # appended to discount_code; starts with a space
    "min_clause": {
        "en": _t(" (minimum order {amount})"),
        "es": _t(" (pedido mínimo de {amount})"),
        "pt": _t(" (pedido mínimo de {amount})"),
        "tr": _t(" (minimum sipariş tutarı {amount})"),
        "id": _t(" (minimal belanja {amount})"),
        "ru": _t(" (при заказе от {amount})"),
    },
    "cancel_policy": {
        "en": _t(
            "You can cancel an order for free until it ships; after that, just return it instead.",
            "You can cancel an order free of charge until it ships; after that, please return it instead.",
            "Orders can be cancelled free of charge until they ship; after that, please return the item instead.",
        ),
        "es": _t(
            "Puedes cancelar tu pedido gratis mientras no se haya enviado; después, tendrás que devolverlo.",
            "Puedes cancelar tu pedido sin cargo mientras no se haya enviado; después, tendrás que hacer una devolución.",
            "Puede cancelar su pedido sin cargo mientras no se haya enviado; después, deberá solicitar una devolución.",
        ),
        "pt": _t(
            "Dá pra cancelar o pedido sem custo até ele ser enviado; depois disso, é só fazer a devolução.",
            "Você pode cancelar o pedido sem custo até ele ser enviado; depois disso, é preciso fazer a devolução.",
            "O pedido pode ser cancelado sem custo até o envio; após isso, é necessário solicitar a devolução.",
        ),
        "tr": _t(
            "Siparişini kargoya verilene kadar ücretsiz iptal edebilirsin; sonrasında iade etmen gerekir.",
            "Siparişinizi kargoya verilene kadar ücretsiz iptal edebilirsiniz; sonrasında iade etmeniz gerekir.",
            "Siparişler kargoya verilene kadar ücretsiz iptal edilebilir; sonrasında iade talebi oluşturmanız gerekir.",
        ),
        "id": _t(
            "Pesanan bisa dibatalkan gratis selama belum dikirim; kalau sudah dikirim, ajukan retur aja.",
            "Pesanan bisa dibatalkan gratis selama belum dikirim; setelah dikirim, silakan ajukan retur.",
            "Pesanan dapat dibatalkan tanpa biaya selama belum dikirim; setelah itu, silakan ajukan pengembalian.",
        ),
        "ru": _t(
            "Заказ можно бесплатно отменить, пока он не отправлен; потом остаётся только оформить возврат.",
            "Заказ можно бесплатно отменить, пока он не отправлен; после отправки оформите, пожалуйста, возврат.",
            "Заказ можно отменить бесплатно до момента отправки; после отправки необходимо оформить возврат.",
        ),
    },
    "stale_notice": {
        "en": _t(
            "(Prices and stock last updated: {when}; they may have changed since.)",
            "(Prices and stock last updated: {when}; they may have changed since.)",
            "(Prices and stock were last updated: {when}; they may have changed since.)",
        ),
        "es": _t(
            "(Última actualización de precios y stock: {when}; pueden haber cambiado.)",
            "(Última actualización de precios y stock: {when}; pueden haber cambiado desde entonces.)",
            "(Última actualización de precios y stock: {when}; pueden haber cambiado desde entonces.)",
        ),
        "pt": _t(
            "(Última atualização de preços e estoque: {when}; os valores podem ter mudado.)",
            "(Última atualização de preços e estoque: {when}; as informações podem ter mudado.)",
            "(Última atualização de preços e estoque: {when}; as informações podem ter sido alteradas.)",
        ),
        "tr": _t(
            "(Fiyat ve stok için son güncelleme: {when}; bilgiler değişmiş olabilir.)",
            "(Fiyat ve stok için son güncelleme: {when}; bilgiler o zamandan beri değişmiş olabilir.)",
            "(Fiyat ve stok bilgilerinin son güncellenme zamanı: {when}; bilgiler değişmiş olabilir.)",
        ),
        "id": _t(
            "(Harga dan stok terakhir diperbarui: {when}; bisa saja sudah berubah.)",
            "(Harga dan stok terakhir diperbarui: {when}; mungkin sudah berubah.)",
            "(Harga dan stok terakhir diperbarui: {when}; informasi ini mungkin sudah berubah.)",
        ),
        "ru": _t(
            "(Цены и наличие обновлены: {when}; с тех пор они могли измениться.)",
            "(Цены и наличие обновлены: {when}; с тех пор они могли измениться.)",
            "(Цены и наличие актуальны на: {when}; с тех пор они могли измениться.)",
        ),
    },
    # ------------------------------------------------------------------ padding lines
    "closing_short": {
        "en": _t(
            "Anything else?",
            "Anything else I can help with?",
            "Is there anything else I can help you with?",
        ),
        "es": _t(
            "¿Algo más?",
            "¿Te ayudo con algo más?",
            "¿Hay algo más en lo que pueda ayudarle?",
        ),
        "pt": _t(
            "Mais alguma coisa?",
            "Posso ajudar em mais alguma coisa?",
            "Posso ajudar em algo mais?",
        ),
        "tr": _t(
            "Başka bir şey var mı?",
            "Başka yardımcı olabileceğim bir şey var mı?",
            "Size başka nasıl yardımcı olabilirim?",
        ),
        "id": _t(
            "Ada lagi yang bisa dibantu?",
            "Ada lagi yang bisa saya bantu?",
            "Apakah ada hal lain yang dapat kami bantu?",
        ),
        "ru": _t(
            "Чем ещё помочь?",
            "Могу ещё чем-нибудь помочь?",
            "Могу ли я помочь Вам чем-то ещё?",
        ),
    },
    "capabilities": {
        "en": _t("I can also help with prices, sizes, stock, shipping, returns and your order status.",
                 "I can also help you with prices, sizes, stock, shipping, returns and order status.",
                 "I can also assist you with prices, sizes, availability, shipping, returns and order status."),
        "es": _t("También te ayudo con precios, tallas, stock, envíos, devoluciones y el estado de tu pedido.",
                 "También puedo ayudarte con precios, tallas, stock, envíos, devoluciones y pedidos.",
                 "También puedo ayudarle con precios, tallas, disponibilidad, envíos, devoluciones y pedidos."),
        "pt": _t("Também te ajudo com preços, tamanhos, estoque, entregas, devoluções e o status do seu pedido.",
                 "Também posso ajudar com preços, tamanhos, estoque, entregas, devoluções e pedidos.",
                 "Também posso ajudá-lo com preços, tamanhos, disponibilidade, entregas, devoluções e pedidos."),
        "tr": _t("Fiyat, beden, stok, kargo, iade ve sipariş durumu konularında da yardımcı olabilirim.",
                 "Fiyat, beden, stok, kargo, iade ve sipariş durumu konularında da yardımcı olabilirim.",
                 "Fiyat, beden, stok durumu, kargo, iade ve sipariş takibi konularında da yardımcı olabiliriz."),
        "id": _t("Aku juga bisa bantu soal harga, ukuran, stok, pengiriman, retur, dan status pesananmu.",
                 "Saya juga bisa membantu soal harga, ukuran, stok, pengiriman, retur, dan status pesanan.",
                 "Kami juga dapat membantu terkait harga, ukuran, stok, pengiriman, retur, dan status pesanan."),
        "ru": _t("Ещё могу помочь с ценами, размерами, наличием, доставкой, возвратом и статусом заказа.",
                 "Также могу помочь с ценами, размерами, наличием, доставкой, возвратом и статусом заказа.",
                 "Также мы можем помочь с ценами, размерами, наличием, доставкой, возвратом и заказами."),
    },
    "order_tip": {
        "en": _t("Got an order with us? Send me its number and your email and I'll check where it is.",
                 "If you have an order with us, send me its number and your email and I will check its status.",
                 "If you have placed an order, please share its number and your email so we can check its status."),
        "es": _t("¿Tienes un pedido? Pásame su número y tu email y miro dónde está.",
                 "Si tienes un pedido, envíame su número y tu email y reviso su estado.",
                 "Si ya realizó un pedido, indíquenos su número y su email para consultar su estado."),
        "pt": _t("Tem um pedido? Me manda o número e seu e-mail que eu vejo onde ele está.",
                 "Se você tem um pedido, envie o número e seu e-mail que eu verifico o status.",
                 "Caso tenha feito um pedido, informe o número e seu e-mail para verificarmos o status."),
        "tr": _t("Siparişin mi var? Numarasını ve e-postanı gönder, nerede olduğuna bakayım.",
                 "Bir siparişiniz varsa numarasını ve e-postanızı gönderin, durumunu kontrol edeyim.",
                 "Bir sipariş verdiyseniz, durumunu kontrol edebilmemiz için numarasını ve e-postanızı paylaşın."),
        "id": _t("Punya pesanan? Kirim nomornya dan emailmu, nanti aku cek posisinya.",
                 "Kalau Anda punya pesanan, kirim nomornya dan email Anda, saya cek statusnya.",
                 "Jika Anda sudah memesan, mohon kirimkan nomor pesanan dan email Anda agar kami cek statusnya."),
        "ru": _t("Есть заказ? Пришли его номер и почту, и я посмотрю, где он.",
                 "Если у вас есть заказ, пришлите его номер и email, и я проверю его статус.",
                 "Если вы уже оформили заказ, сообщите его номер и email, и мы проверим его статус."),
    },
    "closing_long": {
        "en": _t(
            "Just let me know if there's anything else you need.",
            "Let me know if there is anything else I can help you with today.",
            "Please let me know if there is anything else I can assist you with today.",
        ),
        "es": _t(
            "Si necesitas algo más, aquí estoy.",
            "Si hay algo más en lo que pueda ayudarte hoy, dímelo.",
            "Si necesita ayuda con cualquier otra cosa, no dude en escribirnos.",
        ),
        "pt": _t(
            "Se precisar de mais alguma coisa, é só falar!",
            "Se precisar de mais alguma coisa hoje, é só me chamar.",
            "Caso precise de mais alguma informação, estamos à disposição.",
        ),
        "tr": _t(
            "Başka bir konuda yardım lazım olursa yazman yeterli.",
            "Başka bir konuda yardımcı olabileceğim bir şey olursa yazmanız yeterli.",
            "Başka bir konuda yardıma ihtiyacınız olursa bize her zaman yazabilirsiniz.",
        ),
        "id": _t(
            "Kalau ada yang mau ditanyain lagi, kabari aja ya.",
            "Kalau ada hal lain yang bisa saya bantu hari ini, kabari saya ya.",
            "Jika ada hal lain yang dapat kami bantu hari ini, silakan hubungi kami.",
        ),
        "ru": _t(
            "Если будут ещё вопросы, просто напишите.",
            "Если нужна помощь с чем-то ещё, пишите, я на связи.",
            "Если у Вас остались вопросы, мы будем рады помочь.",
        ),
    },
}


# order status -> lang -> word (used as {status} in order_status_other)
STATUS_WORDS: dict[str, dict[str, str]] = {
    "processing": {
        "en": "processing",
        "es": "en proceso",
        "pt": "em processamento",
        "tr": "hazırlanıyor",
        "id": "sedang diproses",
        "ru": "в обработке",
    },
    "shipped": {
        "en": "shipped",
        "es": "enviado",
        "pt": "enviado",
        "tr": "kargoya verildi",
        "id": "dikirim",
        "ru": "отправлен",
    },
    "delivered": {
        "en": "delivered",
        "es": "entregado",
        "pt": "entregue",
        "tr": "teslim edildi",
        "id": "sudah diterima",
        "ru": "доставлен",
    },
    "cancelled": {
        "en": "cancelled",
        "es": "cancelado",
        "pt": "cancelado",
        "tr": "iptal edildi",
        "id": "dibatalkan",
        "ru": "отменён",
    },
    "refunded": {
        "en": "refunded",
        "es": "reembolsado",
        "pt": "reembolsado",
        "tr": "ücret iadesi yapıldı",
        "id": "dana dikembalikan",
        "ru": "деньги возвращены",
    },
    "on_hold": {
        "en": "on hold",
        "es": "en espera",
        "pt": "em espera",
        "tr": "beklemede",
        "id": "tertunda",
        "ru": "приостановлен",
    },
}

# lang -> words or regex stems for first..fifth
ORDINALS: dict[str, list[str]] = {
    "en": ["first", "second", "third", "fourth", "fifth"],
    "es": ["primer", "segund", "tercer", "cuart", "quint"],
    "pt": ["primeir", "segund", "terceir", "quart", "quint"],
    "tr": ["birinci|ilk", "ikinci", "üçüncü", "dördüncü", "beşinci"],
    "id": ["pertama", "kedua", "ketiga", "keempat", "kelima"],
    "ru": ["перв", "втор", "трет", "четв", "пят"],
}

# lang -> Monday..Sunday
DAYS: dict[str, list[str]] = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "pt": [
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"],
    "id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
    "ru": ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
}

# English country name -> lang -> localized name
COUNTRIES: dict[str, dict[str, str]] = {
    "United States": {
        "en": "United States",
        "es": "Estados Unidos",
        "pt": "Estados Unidos",
        "tr": "Amerika Birleşik Devletleri",
        "id": "Amerika Serikat",
        "ru": "США",
    },
    "Canada": {
        "en": "Canada",
        "es": "Canadá",
        "pt": "Canadá",
        "tr": "Kanada",
        "id": "Kanada",
        "ru": "Канада",
    },
    "Mexico": {
        "en": "Mexico",
        "es": "México",
        "pt": "México",
        "tr": "Meksika",
        "id": "Meksiko",
        "ru": "Мексика",
    },
    "Brazil": {
        "en": "Brazil",
        "es": "Brasil",
        "pt": "Brasil",
        "tr": "Brezilya",
        "id": "Brasil",
        "ru": "Бразилия",
    },
    "United Kingdom": {
        "en": "United Kingdom",
        "es": "Reino Unido",
        "pt": "Reino Unido",
        "tr": "Birleşik Krallık",
        "id": "Britania Raya",
        "ru": "Великобритания",
    },
    "Turkey": {
        "en": "Turkey",
        "es": "Turquía",
        "pt": "Turquia",
        "tr": "Türkiye",
        "id": "Turki",
        "ru": "Турция",
    },
    "Indonesia": {
        "en": "Indonesia",
        "es": "Indonesia",
        "pt": "Indonésia",
        "tr": "Endonezya",
        "id": "Indonesia",
        "ru": "Индонезия",
    },
    "Russia": {
        "en": "Russia",
        "es": "Rusia",
        "pt": "Rússia",
        "tr": "Rusya",
        "id": "Rusia",
        "ru": "Россия",
    },
    "Spain": {
        "en": "Spain",
        "es": "España",
        "pt": "Espanha",
        "tr": "İspanya",
        "id": "Spanyol",
        "ru": "Испания",
    },
    "Portugal": {
        "en": "Portugal",
        "es": "Portugal",
        "pt": "Portugal",
        "tr": "Portekiz",
        "id": "Portugal",
        "ru": "Португалия",
    },
    "Germany": {
        "en": "Germany",
        "es": "Alemania",
        "pt": "Alemanha",
        "tr": "Almanya",
        "id": "Jerman",
        "ru": "Германия",
    },
    "France": {
        "en": "France",
        "es": "Francia",
        "pt": "França",
        "tr": "Fransa",
        "id": "Prancis",
        "ru": "Франция",
    },
}


# ---------------------------------------------------------------------- functions


def _lang(lang: str | None) -> str:
    lang = (lang or "").strip().lower().replace("_", "-").split("-")[0]
    return lang if lang in LANGS else DEFAULT_LANG


def phrase(key: str, lang: str, tone: str = DEFAULT_TONE, **values: object) -> str:
    """Fill the template ``key`` for ``lang`` and ``tone`` with ``values``.

    Unknown language falls back to English, unknown tone to "friendly";
    an unknown key raises ``KeyError``.
    """
    variants = PHRASES[key]  # KeyError for an unknown key
    by_tone = variants[_lang(lang)]
    template = by_tone.get(tone, by_tone[DEFAULT_TONE])
    return template.format(**values)


# unit -> lang -> forms. en/es/pt: (singular, plural); tr/id: (form,);
# ru: (one, few, many) as in 1 / 2 / 5.
_UNITS: dict[str, dict[str, tuple[str, ...]]] = {
    "day": {
        "en": ("day", "days"),
        "es": ("día", "días"),
        "pt": ("dia", "dias"),
        "tr": ("gün",),
        "id": ("hari",),
        "ru": ("день", "дня", "дней"),
    },
    "week": {
        "en": ("week", "weeks"),
        "es": ("semana", "semanas"),
        "pt": ("semana", "semanas"),
        "tr": ("hafta",),
        "id": ("minggu",),
        "ru": ("неделя", "недели", "недель"),
    },
    "month": {
        "en": ("month", "months"),
        "es": ("mes", "meses"),
        "pt": ("mês", "meses"),
        "tr": ("ay",),
        "id": ("bulan",),
        "ru": ("месяц", "месяца", "месяцев"),
    },
    "year": {
        "en": ("year", "years"),
        "es": ("año", "años"),
        "pt": ("ano", "anos"),
        "tr": ("yıl",),
        "id": ("tahun",),
        "ru": ("год", "года", "лет"),
    },
}

_BUSINESS_DAY: dict[str, tuple[str, ...]] = {
    "en": ("business day", "business days"),
    "es": ("día hábil", "días hábiles"),
    "pt": ("dia útil", "dias úteis"),
    "tr": ("iş günü",),
    "id": ("hari kerja",),
    "ru": ("рабочий день", "рабочих дня", "рабочих дней"),
}

# n=None: an unspecified amount ("a few days")
_FEW: dict[str, str] = {
    "en": "a few {noun}",
    "es": "unos {noun}",
    "pt": "alguns {noun}",
    "tr": "birkaç {noun}",
    "id": "beberapa {noun}",
    "ru": "несколько {noun}",
}
_FEW_ES_FEM = "unas {noun}"  # semanas
_FEW_PT_FEM = "algumas {noun}"


def _ru_form(n: int) -> int:
    """Index into (one, few, many) for a Russian count."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def _noun(n: int, unit: str, lang: str, business: bool) -> str:
    forms = _BUSINESS_DAY[lang] if business and unit == "day" else _UNITS[unit][lang]
    if lang == "ru":
        return forms[_ru_form(n)]
    if len(forms) == 1:
        return forms[0]
    return forms[0] if abs(n) == 1 else forms[1]


def _unit(unit: str) -> str:
    u = (unit or "").strip().lower()
    if u not in _UNITS and u.endswith("s") and u[:-1] in _UNITS:
        u = u[:-1]
    if u not in _UNITS:
        raise ValueError(f"unknown duration unit: {unit!r}")
    return u


def duration(n: int | None, unit: str, lang: str, *, business: bool = False) -> str:
    """'14 days', '2 недели', '1 iş günü', '3 business days' ...

    ``business`` only applies to days. ``n=None`` gives a vague amount
    ("a few days", "несколько дней").
    """
    lang = _lang(lang)
    u = _unit(unit)
    if n is None:
        noun = _noun(5, u, lang, business)  # plural / genitive plural
        if lang == "tr" or lang == "id":
            noun = _noun(1, u, lang, business)
        pattern = _FEW[lang]
        if u == "week":
            if lang == "es":
                pattern = _FEW_ES_FEM
            elif lang == "pt":
                pattern = _FEW_PT_FEM
        return pattern.format(noun=noun)
    return f"{n} {_noun(n, u, lang, business)}"


def duration_range(
    lo: int, hi: int, unit: str, lang: str, *, business: bool = False
) -> str:
    """'3-5 business days', '3-5 рабочих дней', '1-2 недели'. Agrees with ``hi``."""
    if lo == hi:
        return duration(hi, unit, lang, business=business)
    lang = _lang(lang)
    u = _unit(unit)
    return f"{lo}-{hi} {_noun(hi, u, lang, business)}"


_AND: dict[str, str] = {"en": "and", "es": "y", "pt": "e", "tr": "ve", "id": "dan", "ru": "и"}

# Spanish "y" becomes "e" before an /i/ sound ("España e Italia"), but not before a
# diphthong ("agua y hielo").
_ES_E_BEFORE = re.compile(r"^(?:i|hi)(?![aeoué])|^[íÍ]|^h[íÍ]", re.IGNORECASE)


def join_list(items: list[str], lang: str) -> str:
    """'a, b and c' with the language's conjunction (Indonesian uses 'a, b, dan c')."""
    lang = _lang(lang)
    items = [str(i) for i in items if str(i).strip()]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    conj = _AND[lang]
    if lang == "es" and _ES_E_BEFORE.match(items[-1].strip()):
        conj = "e"
    head = ", ".join(items[:-1])
    if lang == "id" and len(items) > 2:
        return f"{head}, {conj} {items[-1]}"
    return f"{head} {conj} {items[-1]}"
