package org.inclusionscan.server.model;

import java.util.Objects;

/** A coordinator's account, without its password hash. */
public record Coordinator(String id, String email) {

    public Coordinator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
    }
}
