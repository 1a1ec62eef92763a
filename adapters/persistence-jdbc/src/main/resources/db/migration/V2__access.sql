-- Access: the console's accounts and the API's tokens. Same conventions as V1 (ids, text,
-- versions); instants are UTC in DATETIME(6), as in audit_entry.
--
-- Scopes to schools live in tables of their own, and a column says whether the record is
-- network-wide: an account or a token that lost its school rows must not read as unlimited.

CREATE TABLE user_account (
    id               CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version          BIGINT       NOT NULL,
    -- Kept in lower case by the application and compared exactly (utf8mb4_bin): an address that
    -- merely looks like another one never finds its account.
    email            VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    display_name     VARCHAR(100) NOT NULL,
    role             VARCHAR(20)  NOT NULL,
    network_wide     BOOLEAN      NOT NULL,
    -- The hashing's own self-describing string (Argon2id PHC format), never the password.
    password_hash    VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    failed_sign_ins  INT          NOT NULL,
    locked_until     DATETIME(6)  NULL, -- UTC
    enabled          BOOLEAN      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_account_email UNIQUE (email),
    INDEX ix_user_account_display_name (display_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account_school (
    account_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    school_id   CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (account_id, school_id),
    CONSTRAINT fk_account_school_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_account_school_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE api_token (
    id             CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version        BIGINT      NOT NULL,
    name           VARCHAR(80) NOT NULL,
    network_wide   BOOLEAN     NOT NULL,
    -- SHA-256 of the secret in lowercase hexadecimal; the secret itself is never stored.
    secret_hash    CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    secret_prefix  VARCHAR(12) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at     DATETIME(6) NOT NULL, -- UTC
    created_by     VARCHAR(80) NOT NULL,
    expires_at     DATETIME(6) NOT NULL, -- UTC
    revoked_at     DATETIME(6) NULL,     -- UTC
    PRIMARY KEY (id),
    CONSTRAINT uk_api_token_secret_hash UNIQUE (secret_hash),
    INDEX ix_api_token_created_at (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The permissions a token grants: one row per permission.
CREATE TABLE api_token_scope (
    token_id    CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    permission  VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (token_id, permission),
    CONSTRAINT fk_token_scope_token FOREIGN KEY (token_id) REFERENCES api_token (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE api_token_school (
    token_id   CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    school_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (token_id, school_id),
    CONSTRAINT fk_token_school_token FOREIGN KEY (token_id) REFERENCES api_token (id) ON DELETE CASCADE,
    CONSTRAINT fk_token_school_school FOREIGN KEY (school_id) REFERENCES school (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
