package app.cairn.sessions.dto;

import app.cairn.common.web.Ref;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Notes on a session; version is null until the first save")
public record NotesResponse(@Schema(required = true) String body, Ref updatedBy, Instant updatedAt, Integer version) {}
