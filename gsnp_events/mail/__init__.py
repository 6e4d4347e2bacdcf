"""Mail: the transactional outbox and the senders that deliver it (SMTP, .eml files, memory).

A change that causes an e-mail queues it with :func:`queue_mail` in the same transaction;
:func:`send_pending` (``flask send-mail``, or right after the response when
MAIL_SEND_AFTER_REQUEST is on) delivers it later and retries with back-off.
"""

from .delivery import DeliveryReport, deliver_after_response, send_pending
from .links import external_url
from .outbox import queue_mail
from .senders import MemorySender, get_sender

__all__ = [
    "DeliveryReport",
    "MemorySender",
    "deliver_after_response",
    "external_url",
    "get_sender",
    "queue_mail",
    "send_pending",
]
