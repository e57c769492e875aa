package eu.hubtable.member.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByEmail(String email);

    boolean existsByEmail(String email);

    List<Member> findAllByEmailIn(java.util.Collection<String> emails);

    @Query(value = "select skill from member_skill group by skill order by count(*) desc, skill limit 500", nativeQuery = true)
    List<String> findKnownSkills();

    @Modifying
    @Query("update Member m set m.locale = :locale, m.updatedAt = :now, m.version = m.version + 1 where m.id = :id")
    int updateLocale(long id, String locale, Instant now);
}
