"""Errors an organiser can cause, with a stable code and a translatable message."""


class BackofficeError(Exception):
    def __init__(self, message: str, code: str):
        super().__init__(message)
        self.message = message
        self.code = code
