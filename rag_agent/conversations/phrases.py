"""What the conversation layer itself tells a customer, in the six languages of the engine.

Keys: ``handoff_human`` (a person takes over), ``handoff_ai`` (another assistant takes over),
``voice_failed`` (a voice message could not be understood: please write), ``voice_unavailable`` (voice is not
on for this agent or plan: please write), ``limit_human`` (the AI is at a limit, a person will answer).
"""

from __future__ import annotations

LANGS = ("en", "es", "pt", "tr", "id", "ru")

PHRASES: dict[str, dict[str, str]] = {
    "handoff_human": {
        "en": "I'm passing your conversation to a colleague, who will reply here shortly.",
        "es": "Paso tu conversación a un compañero, que te responderá aquí en breve.",
        "pt": "Estou passando sua conversa para um colega, que vai responder aqui em breve.",
        "tr": "Görüşmenizi bir arkadaşıma aktarıyorum, kısa süre içinde buradan yanıt verecek.",
        "id": "Saya teruskan percakapan Anda ke rekan kami, yang akan segera membalas di sini.",
        "ru": "Передаю ваш разговор коллеге, он скоро ответит здесь.",
    },
    "handoff_ai": {
        "en": "Another assistant who can help with this will continue here.",
        "es": "Otro asistente que puede ayudarte con esto continuará aquí.",
        "pt": "Outro assistente que pode ajudar com isso vai continuar aqui.",
        "tr": "Bu konuda yardımcı olabilecek başka bir asistan buradan devam edecek.",
        "id": "Asisten lain yang bisa membantu hal ini akan melanjutkan di sini.",
        "ru": "Дальше здесь вам поможет другой ассистент.",
    },
    "voice_failed": {
        "en": "Sorry, I couldn't understand your voice message. Could you send your request as text?",
        "es": "Lo siento, no pude entender tu mensaje de voz. ¿Podrías enviarme tu consulta por escrito?",
        "pt": "Desculpe, não consegui entender sua mensagem de voz. Pode enviar seu pedido por texto?",
        "tr": "Üzgünüm, sesli mesajınızı anlayamadım. İsteğinizi yazılı olarak gönderebilir misiniz?",
        "id": "Maaf, saya tidak bisa memahami pesan suara Anda. Bisakah Anda mengirim permintaan Anda lewat teks?",
        "ru": "Извините, не удалось разобрать ваше голосовое сообщение. Не могли бы вы написать запрос текстом?",
    },
    "voice_unavailable": {
        "en": "Sorry, I can't listen to voice messages here. Could you send your request as text?",
        "es": "Lo siento, aquí no puedo escuchar mensajes de voz. ¿Podrías enviarme tu consulta por escrito?",
        "pt": "Desculpe, não consigo ouvir mensagens de voz aqui. Pode enviar seu pedido por texto?",
        "tr": "Üzgünüm, burada sesli mesajları dinleyemiyorum. İsteğinizi yazılı olarak gönderebilir misiniz?",
        "id": "Maaf, saya tidak bisa mendengarkan pesan suara di sini. Bisakah Anda mengirimnya lewat teks?",
        "ru": "Извините, здесь я не могу прослушать голосовые сообщения. Не могли бы вы написать запрос текстом?",
    },
    "limit_human": {
        "en": "Thanks for your message. A colleague will reply here shortly.",
        "es": "Gracias por tu mensaje. Un compañero te responderá aquí en breve.",
        "pt": "Obrigado pela mensagem. Um colega vai responder aqui em breve.",
        "tr": "Mesajınız için teşekkürler. Bir arkadaşım kısa süre içinde buradan yanıt verecek.",
        "id": "Terima kasih atas pesan Anda. Rekan kami akan segera membalas di sini.",
        "ru": "Спасибо за сообщение. Коллега скоро ответит вам здесь.",
    },
}


def say(key: str, lang: str | None) -> str:
    """The text ``key`` in ``lang`` (English when the language is unknown)."""
    by_lang = PHRASES[key]
    return by_lang.get(lang or "en", by_lang["en"])


__all__ = ["PHRASES", "LANGS", "say"]
