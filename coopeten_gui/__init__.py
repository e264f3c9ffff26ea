"""Coopeten: an offline CRM for entrepreneurs who grow through strategic alliances."""

APP_NAME = "Coopeten"
APP_ID = "coopeten"
ORGANIZATION = "Coopeten"
__version__ = "0.1.0"
