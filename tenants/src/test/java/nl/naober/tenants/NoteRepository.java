package nl.naober.tenants;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NoteRepository extends JpaRepository<Note, UUID> {

    @Query(value = "select text from note order by text", nativeQuery = true)
    List<String> allTextsNative();
}
