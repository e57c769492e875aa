package eu.hubtable.member.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByEmail(String email);

    boolean existsByEmail(String email);

    @Modifying
    @Query("update Member m set m.locale = :locale, m.updatedAt = :now, m.version = m.version + 1 where m.id = :id")
    int updateLocale(long id, String locale, Instant now);
}
