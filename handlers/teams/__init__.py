"""The Microsoft Teams front end (Microsoft 365 Agents SDK): personal chats and @mentions understood by the same core
as Slack, actions as Adaptive Cards with Done / Change date / Add update, and a personal home card. It never touches
the store; Slack's front end sits beside it in ``handlers.slack`` and neither imports the other."""
