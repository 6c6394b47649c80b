package org.inclusionscan.server.service;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.inclusionscan.server.db.Sql;
import org.inclusionscan.server.store.SecurityRepository;

/**
 * Signs values with a key kept in the database, so that every server process on the same
 * database signs and checks alike (CSRF tokens). The key is made on first start. Thread-safe.
 */
public final class SigningKeys {

    private final SecretKeySpec key;

    public SigningKeys(Sql sql) {
        SecurityRepository security = new SecurityRepository();
        String secret = sql.inTransaction(tx -> {
            var existing = security.secret(tx, "csrf");
            if (existing.isPresent()) {
                return existing.get();
            }
            String made = Tokens.secret();
            // Another process may have stored its key a moment earlier: then that one counts.
            return security.insertSecret(tx, "csrf", made) ? made : security.secret(tx, "csrf").orElseThrow();
        });
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The HMAC-SHA256 of the value, URL-safe. */
    public String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java has HmacSHA256.", e);
        }
    }

    public boolean verify(String value, String signature) {
        return value != null && Tokens.same(sign(value), signature);
    }
}
