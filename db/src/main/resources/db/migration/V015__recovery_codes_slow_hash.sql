-- Recovery codes carry about 83 bits, less than the 112 below which a plain SHA-256 is not enough (ASVS 6.5.2):
-- new codes are stored with the password encoder, as "{bcrypt}$2a$…". Codes made before keep their SHA-256 until
-- they are used or renewed, so nobody loses the codes they printed.
alter table recovery_code drop constraint recovery_code_code_hash_check;
alter table recovery_code add constraint recovery_code_code_hash_check
    check (code_hash ~ '^[0-9a-f]{64}$' or code_hash ~ '^\{bcrypt\}\$2[aby]\$[0-9]{2}\$[./A-Za-z0-9]{53}$');
