package eu.hubtable.agenda;

/**
 * A screen's standing view of one agenda, handed out by {@link Agendas#watch} after the access
 * check: redraws read the shared sheet without asking the database who may see it each time.
 */
public final class AgendaWatch {

    private final long agendaId;
    private final AgendaRights rights;
    private final AgendaSheets sheets;

    AgendaWatch(long agendaId, AgendaRights rights, AgendaSheets sheets) {
        this.agendaId = agendaId;
        this.rights = rights;
        this.sheets = sheets;
    }

    public long agendaId() {
        return agendaId;
    }

    public AgendaRights rights() {
        return rights;
    }

    public AgendaSheet current() {
        return sheets.sheet(agendaId);
    }
}
