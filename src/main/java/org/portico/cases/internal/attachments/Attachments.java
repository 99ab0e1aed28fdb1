package org.portico.cases.internal.attachments;

import java.util.List;

import org.portico.cases.CaseAttachments;
import org.portico.cases.CaseDesk;
import org.portico.cases.internal.ChannelCases;
import org.portico.cases.internal.ChannelCases.CaseRef;
import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Who may see and add files on a case: staff who work cases on every case, a customer on the
 * cases they may see on the sites. Anyone else is told the case does not exist.
 */
@Service
class Attachments implements CaseAttachments {

    private static final Logger log = LoggerFactory.getLogger(Attachments.class);

    private final ChannelCases cases;
    private final AttachmentStore store;
    private final long maxBytes;

    Attachments(ChannelCases cases, AttachmentStore store,
            @Value("${portico.attachments.max-size:10MB}") DataSize maxSize) {
        this.cases = cases;
        this.store = store;
        this.maxBytes = maxSize.toBytes();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Attachment> list(PorticoUser viewer, String number) {
        return store.of(visibleCase(viewer, number).id());
    }

    @Override
    @Transactional
    public void attach(PorticoUser uploader, String number, List<Upload> files) {
        CaseRef supportCase = visibleCase(uploader, number);
        List<Upload> kept = files.stream().filter(f -> f.content().length > 0).toList();
        kept.stream().filter(f -> f.largerThan(maxBytes)).findFirst().ifPresent(f -> {
            throw new AttachmentRefused(f.fileName());
        });
        for (Upload file : kept) {
            store.save(supportCase.id(), null, name(file.fileName()), file.content(),
                    uploader.id());
        }
        if (!kept.isEmpty()) {
            log.info("{} file(s) attached to case {}", kept.size(), number);
        }
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public Typed type(Upload file) {
        if (file.largerThan(maxBytes)) {
            throw new AttachmentRefused(file.fileName());
        }
        return new Typed(name(file.fileName()), ContentSniffer.typeOf(file.content()),
                file.content());
    }

    /** The stored file, if it belongs to a case the viewer may see. */
    @Transactional(readOnly = true)
    AttachmentStore.StoredFile download(PorticoUser viewer, String number, long id) {
        CaseRef supportCase = visibleCase(viewer, number);
        return store.file(id).filter(file -> file.caseId() == supportCase.id())
                .orElseThrow(() -> new NotFoundException("attachment " + id));
    }

    CaseRef visibleCase(PorticoUser viewer, String number) {
        return cases.find(number)
                .filter(found -> CaseDesk.mayWork(viewer) || cases.visibleTo(viewer, found))
                .orElseThrow(() -> new NotFoundException("case " + number));
    }

    private static String name(String uploaded) {
        String name = FileNames.clean(uploaded);
        return name == null || name.isBlank() ? "attachment" : name;
    }
}
