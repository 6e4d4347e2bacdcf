"""Mail: the transactional outbox and the senders that deliver it (SMTP, .eml files, memory).

A change that causes an e-mail queues it with :func:`queue_mail` in the same transaction;
:func:`send_pending` (``flask send-mail``, and right after the response of any request that
committed mail, when MAIL_SEND_AFTER_REQUEST is on) delivers it and retries with back-off.
"""

from .delivery import DeliveryReport, init_app, send_pending
from .links import external_url
from .outbox import queue_mail
from .senders import MemorySender, get_sender

__all__ = [
    "DeliveryReport",
    "MemorySender",
    "external_url",
    "get_sender",
    "init_app",
    "queue_mail",
    "send_pending",
]
