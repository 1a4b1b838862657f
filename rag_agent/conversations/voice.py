"""Speech-to-text for voice messages, behind the :class:`SpeechToText` seam.

Backends load a model from a local path only (never downloaded): faster-whisper (a CTranslate2 model folder)
or openai-whisper (a ``.pt`` checkpoint), each when installed. With none configured, :class:`NoSpeechToText`
fails every transcription, which the conversation layer treats like any failure: the customer is asked to write.
"""

from __future__ import annotations

import base64
import binascii
import io
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from rag_agent.errors import InputError, RagAgentError

logger = logging.getLogger(__name__)

AUDIO_FORMATS = ("ogg", "oga", "opus", "mp3", "m4a", "mp4", "wav", "webm", "amr", "aac", "flac")


class SpeechToTextError(RagAgentError):
    """A voice message could not be transcribed."""

    status_code = 502


class SpeechToTextUnavailable(SpeechToTextError):
    """No speech-to-text backend is configured or installed."""

    status_code = 503


@dataclass
class Transcript:
    """What was said, and in which language when the backend knows."""

    text: str
    language: str | None = None


@runtime_checkable
class SpeechToText(Protocol):
    """Turns the bytes of one audio file into text."""

    name: str

    def transcribe(self, audio: bytes, filename: str, language: str | None = None) -> Transcript:
        """The transcript; raises SpeechToTextError when nothing usable comes out."""
        ...


class NoSpeechToText:
    """No backend: every transcription fails with a clear reason."""

    name = "none"

    def __init__(self, reason: str = "no speech-to-text model is configured (set RAG_CONVERSATIONS__STT_BACKEND "
                                      "and RAG_CONVERSATIONS__STT_MODEL_PATH)") -> None:
        self.reason = reason

    def transcribe(self, audio: bytes, filename: str, language: str | None = None) -> Transcript:
        raise SpeechToTextUnavailable(self.reason)


def _clean(text: str, language: str | None) -> Transcript:
    text = " ".join(text.split())
    if not text:
        raise SpeechToTextError("the speech-to-text model heard no words")
    return Transcript(text, language)


class FasterWhisperSpeechToText:
    """faster-whisper with a CTranslate2 model folder on disk (loaded on first use)."""

    name = "faster-whisper"

    def __init__(self, model_path: Path, device: str = "auto", compute_type: str = "int8") -> None:
        self.model_path, self.device, self.compute_type = Path(model_path), device, compute_type
        self._model = None
        self._lock = threading.Lock()

    def _load(self):  # noqa: ANN202 - the library's own type
        with self._lock:
            if self._model is None:
                from faster_whisper import WhisperModel

                self._model = WhisperModel(str(self.model_path), device=self.device, compute_type=self.compute_type,
                                           local_files_only=True)
            return self._model

    def transcribe(self, audio: bytes, filename: str, language: str | None = None) -> Transcript:
        try:
            segments, info = self._load().transcribe(io.BytesIO(audio), language=language, vad_filter=True)
            return _clean(" ".join(s.text for s in segments), getattr(info, "language", None))
        except SpeechToTextError:
            raise
        except Exception as exc:  # the decoder and model raise many types; all mean "could not transcribe"
            raise SpeechToTextError(f"faster-whisper could not transcribe {filename}: {exc}") from exc


class WhisperSpeechToText:
    """openai-whisper with a checkpoint file on disk (loaded on first use; needs ffmpeg to decode)."""

    name = "whisper"

    def __init__(self, model_path: Path) -> None:
        self.model_path = Path(model_path)
        self._model = None
        self._lock = threading.Lock()

    def transcribe(self, audio: bytes, filename: str, language: str | None = None) -> Transcript:
        import tempfile

        try:
            with self._lock:
                if self._model is None:
                    import whisper

                    self._model = whisper.load_model(str(self.model_path))
            with tempfile.NamedTemporaryFile(suffix=Path(filename).suffix or ".ogg") as f:
                f.write(audio)
                f.flush()
                out = self._model.transcribe(f.name, language=language)
            return _clean(out.get("text", ""), out.get("language"))
        except SpeechToTextError:
            raise
        except Exception as exc:  # decoding (ffmpeg) and model errors alike
            raise SpeechToTextError(f"whisper could not transcribe {filename}: {exc}") from exc


def make_speech_to_text(backend: str, model_path: Path | None) -> SpeechToText:
    """The configured backend, or :class:`NoSpeechToText` saying why there is none."""
    if backend == "none":
        return NoSpeechToText()
    if model_path is None or not Path(model_path).exists():
        return NoSpeechToText(f"speech-to-text backend {backend!r} needs a model on disk "
                              f"(RAG_CONVERSATIONS__STT_MODEL_PATH={model_path})")
    import importlib.util

    if backend == "faster-whisper":
        if importlib.util.find_spec("faster_whisper") is None:
            return NoSpeechToText("faster-whisper is not installed (pip install faster-whisper)")
        return FasterWhisperSpeechToText(model_path)
    if backend == "whisper":
        if importlib.util.find_spec("whisper") is None:
            return NoSpeechToText("openai-whisper is not installed (pip install openai-whisper)")
        return WhisperSpeechToText(model_path)
    return NoSpeechToText(f"unknown speech-to-text backend {backend!r}; accepted: none, faster-whisper, whisper")


def decode_audio(data_b64: str, fmt: str, max_bytes: int) -> bytes:
    """The bytes of a base64 audio upload, with clear errors for bad data, format or size."""
    fmt = fmt.lower().lstrip(".")
    if fmt not in AUDIO_FORMATS:
        raise InputError(f"audio format {fmt!r} is not accepted; accepted: {', '.join(AUDIO_FORMATS)}")
    try:
        raw = base64.b64decode(data_b64, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise InputError("audio.base64 is not valid base64") from exc
    check_audio(raw, max_bytes)
    return raw


def check_audio(raw: bytes, max_bytes: int) -> None:
    from rag_agent.errors import FileTooLarge

    if not raw:
        raise InputError("the audio is empty")
    if len(raw) > max_bytes:
        raise FileTooLarge(f"the audio is {len(raw) / 1048576:.1f} MB; the limit is {max_bytes / 1048576:g} MB")


__all__ = ["SpeechToText", "Transcript", "NoSpeechToText", "FasterWhisperSpeechToText", "WhisperSpeechToText",
           "SpeechToTextError", "SpeechToTextUnavailable", "make_speech_to_text", "decode_audio", "check_audio",
           "AUDIO_FORMATS"]
