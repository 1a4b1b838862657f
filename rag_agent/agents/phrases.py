"""What the action runner itself says (requests, thanks, validation, transfer) in en, es, pt, tr, id, ru."""

from __future__ import annotations

PHRASES: dict[str, dict[str, str]] = {
    "request_email": {
        "en": "Could you share your email address?", "es": "¿Me compartes tu correo electrónico?",
        "pt": "Pode me passar seu e-mail?", "tr": "E-posta adresinizi paylaşabilir misiniz?",
        "id": "Boleh minta alamat email Anda?", "ru": "Подскажите, пожалуйста, ваш адрес электронной почты?"},
    "request_phone": {
        "en": "Could you share your phone number?", "es": "¿Me compartes tu número de teléfono?",
        "pt": "Pode me passar seu número de telefone?", "tr": "Telefon numaranızı paylaşabilir misiniz?",
        "id": "Boleh minta nomor telepon Anda?", "ru": "Подскажите, пожалуйста, ваш номер телефона?"},
    "request_name": {
        "en": "May I have your name?", "es": "¿Cómo te llamas?", "pt": "Qual é o seu nome?",
        "tr": "Adınızı öğrenebilir miyim?", "id": "Boleh tahu nama Anda?", "ru": "Как вас зовут?"},
    "request_address": {
        "en": "Could you share your delivery address?", "es": "¿Me compartes tu dirección de entrega?",
        "pt": "Pode me passar seu endereço de entrega?", "tr": "Teslimat adresinizi paylaşabilir misiniz?",
        "id": "Boleh minta alamat pengiriman Anda?", "ru": "Подскажите, пожалуйста, адрес доставки?"},
    "thanks_email": {
        "en": "Thanks, I've saved your email.", "es": "Gracias, guardé tu correo.", "pt": "Obrigado, salvei seu e-mail.",
        "tr": "Teşekkürler, e-posta adresinizi kaydettim.", "id": "Terima kasih, email Anda sudah saya simpan.",
        "ru": "Спасибо, я сохранил вашу почту."},
    "thanks_phone": {
        "en": "Thanks, I've saved your phone number.", "es": "Gracias, guardé tu teléfono.",
        "pt": "Obrigado, salvei seu telefone.", "tr": "Teşekkürler, telefon numaranızı kaydettim.",
        "id": "Terima kasih, nomor telepon Anda sudah saya simpan.", "ru": "Спасибо, я сохранил ваш номер."},
    "thanks_name": {
        "en": "Thanks, {value}!", "es": "¡Gracias, {value}!", "pt": "Obrigado, {value}!",
        "tr": "Teşekkürler, {value}!", "id": "Terima kasih, {value}!", "ru": "Спасибо, {value}!"},
    "thanks_address": {
        "en": "Thanks, I've saved your address.", "es": "Gracias, guardé tu dirección.",
        "pt": "Obrigado, salvei seu endereço.", "tr": "Teşekkürler, adresinizi kaydettim.",
        "id": "Terima kasih, alamat Anda sudah saya simpan.", "ru": "Спасибо, я сохранил ваш адрес."},
    "invalid_email": {
        "en": "That email address doesn't look right. Could you check it?",
        "es": "Ese correo no parece válido. ¿Puedes revisarlo?", "pt": "Esse e-mail não parece válido. Pode conferir?",
        "tr": "Bu e-posta adresi geçerli görünmüyor. Kontrol edebilir misiniz?",
        "id": "Alamat email itu sepertinya tidak valid. Bisa dicek lagi?",
        "ru": "Похоже, адрес почты указан с ошибкой. Проверьте, пожалуйста."},
    "invalid_phone": {
        "en": "That phone number doesn't look right. Could you include the country code?",
        "es": "Ese número no parece válido. ¿Puedes incluir el código de país?",
        "pt": "Esse número não parece válido. Pode incluir o código do país?",
        "tr": "Bu telefon numarası geçerli görünmüyor. Ülke koduyla yazabilir misiniz?",
        "id": "Nomor itu sepertinya tidak valid. Bisa sertakan kode negara?",
        "ru": "Похоже, номер указан с ошибкой. Укажите его с кодом страны, пожалуйста."},
    "transfer": {
        "en": "I'm passing you to a teammate who will continue here.",
        "es": "Te paso con un compañero del equipo que seguirá aquí.",
        "pt": "Vou passar você para alguém da equipe, que continua aqui.",
        "tr": "Sizi ekibimizden bir arkadaşa aktarıyorum, buradan devam edecek.",
        "id": "Saya teruskan ke rekan tim kami, yang akan melanjutkan di sini.",
        "ru": "Передаю вас коллеге из команды, он продолжит здесь."},
}


def say(key: str, lang: str, **values: str) -> str:
    """The phrase in the language (English when the language is not one of the six)."""
    table = PHRASES[key]
    return table.get(lang, table["en"]).format(**values)
