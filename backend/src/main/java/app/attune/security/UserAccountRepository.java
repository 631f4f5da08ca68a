package app.attune.security;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

    /** Emails match whatever their case: the parameter is cast so PostgreSQL compares as citext. */
    @Query(value = "select * from app_user where email = cast(:email as citext)", nativeQuery = true)
    Optional<UserAccount> findByEmail(String email);
}
