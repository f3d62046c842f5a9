package app.cairn.notifications.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many of the caller's notifications are unread")
public record UnreadCount(@Schema(required = true) long unread) {}
