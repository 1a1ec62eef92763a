package org.tremplin.ui.imports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Arrays;

/**
 * The upload component's own words (its button, drop zone, progress and errors) in the console's
 * language: the component comes with English only, which would leave "Upload File..." on a French page.
 */
final class UploadTexts {

    private UploadTexts() {
    }

    static UploadI18N translated(Component view) {
        UploadI18N texts = new UploadI18N();
        texts.setDropFiles(new UploadI18N.DropFiles()
                .setOne(view.getTranslation("upload.drop.one"))
                .setMany(view.getTranslation("upload.drop.many")));
        texts.setAddFiles(new UploadI18N.AddFiles()
                .setOne(view.getTranslation("upload.add.one"))
                .setMany(view.getTranslation("upload.add.many")));
        texts.setError(new UploadI18N.Error()
                .setTooManyFiles(view.getTranslation("upload.error.too-many-files"))
                .setFileIsTooBig(view.getTranslation("upload.error.too-big"))
                .setIncorrectFileType(view.getTranslation("upload.error.wrong-type")));
        texts.setFile(new UploadI18N.File()
                .setRetry(view.getTranslation("upload.file.retry"))
                .setStart(view.getTranslation("upload.file.start"))
                .setRemove(view.getTranslation("upload.file.remove")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(view.getTranslation("upload.status.connecting"))
                        .setStalled(view.getTranslation("upload.status.stalled"))
                        .setProcessing(view.getTranslation("upload.status.processing"))
                        .setHeld(view.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(view.getTranslation("upload.remaining.prefix"))
                        .setUnknown(view.getTranslation("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(view.getTranslation("upload.failed.server-unavailable"))
                        .setUnexpectedServerError(view.getTranslation("upload.failed.server-error"))
                        .setForbidden(view.getTranslation("upload.failed.forbidden"))
                        .setFileTooLarge(view.getTranslation("upload.error.too-big"))));
        texts.setUnits(Arrays.asList(view.getTranslation("upload.units").split(",")));
        return texts;
    }
}
