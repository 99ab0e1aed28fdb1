package org.portico.messaging.internal.chat;

import java.util.Locale;
import java.util.Map;

import org.portico.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Chat API errors as JSON: a refused message is 400 with the reason in the user's language
 * ({@code message}) and its key ({@code reason}); a chat that is not the caller's is 404; a
 * chat an agent may not touch (any more) is 403; a chat someone else took is 409. Always JSON,
 * whatever the request accepts: a browser opening a file link asks for HTML, and an answer
 * that cannot be written as that would otherwise fail as a server error.
 */
@RestControllerAdvice(assignableTypes = {CustomerChatApi.class, AgentChatApi.class})
class ChatApiErrors {

    private final ChatTexts texts;

    ChatApiErrors(ChatTexts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(ChatRefused.class)
    ResponseEntity<Map<String, Object>> refused(ChatRefused refused, Locale locale) {
        HttpStatus status = refused.key().equals("chat.refused.taken") ? HttpStatus.CONFLICT
                : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", status.value(), "reason", refused.key(),
                        "message", texts.get(locale, refused.key(), refused.arguments())));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", 404, "error", "Not Found"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> forbidden() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", 403, "error", "Forbidden"));
    }
}
