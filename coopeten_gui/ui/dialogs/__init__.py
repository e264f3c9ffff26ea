"""The dialogs: each takes data in and hands a result back; a service saves it."""
