"""The tabs of the contact page: offers & asks, timeline, follow-ups, proposals and
cross-promotions. Each tab is given the contact's id, reads through the services and
pushes its writes onto the window's undo stack through the ``push`` it is handed.
"""
