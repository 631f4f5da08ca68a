package app.attune.notes;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NoteAddendumRepository extends JpaRepository<NoteAddendum, UUID> {

    @Query("select a from NoteAddendum a where a.noteId in :noteIds order by a.createdAt")
    List<NoteAddendum> findForNotes(Collection<UUID> noteIds);
}
