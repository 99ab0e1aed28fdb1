package org.portico.console;

import java.util.List;
import java.util.Optional;

import org.portico.identity.PorticoUser;

/**
 * The canned replies agents insert into the reply composer, kept by supervisors.
 */
public interface ReplyMacros {

    /** Every macro, by name. */
    List<ReplyMacro> all();

    Optional<ReplyMacro> find(long id);

    ReplyMacro add(PorticoUser author, String name, String body, String language);

    /** @throws org.portico.platform.NotFoundException when there is no such macro */
    void update(PorticoUser editor, long id, String name, String body, String language);

    /** @throws org.portico.platform.NotFoundException when there is no such macro */
    void delete(PorticoUser editor, long id);
}
