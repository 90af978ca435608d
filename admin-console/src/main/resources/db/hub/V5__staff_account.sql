-- The console's sign-in accounts (issue 12): one per staff member or manager, kept on this machine only.
-- Who is staff or manager is the ledger's (member roles, granted and revoked as events with an operator
-- and a reason); the password is not: it never replicates to the stations. password_hash is Argon2id
-- (a2id$m=19456,t=2,p=1$salt$hash). failed counts wrong passwords in a row; after 5 the account is
-- locked until locked_until, each further lock twice as long (locks), up to a day. Kept across restarts.

CREATE TABLE staff_account (
    member_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    failed        INT          NOT NULL,
    locks         INT          NOT NULL,
    locked_until  BIGINT       NOT NULL,
    changed_at    BIGINT       NOT NULL
);
