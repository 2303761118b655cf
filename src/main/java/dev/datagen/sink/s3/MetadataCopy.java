package dev.datagen.sink.s3;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.MetadataDirective;

/**
 * Replaces a stored object's metadata in place (S3 has no other way to change it): CopyObject onto
 * itself with MetadataDirective REPLACE, or — above {@link UploadTuning#copyThreshold()}, since one
 * CopyObject copies at most 5 GiB — a multipart copy of itself with UploadPartCopy. The copy happens
 * inside the store; no byte passes through datagen.
 */
final class MetadataCopy {
    private MetadataCopy() {
    }

    /** Told the id of a multipart copy as soon as it exists, so that the upload's abort can end it too; may refuse it. */
    interface CopyStarted {
        void started(String uploadId) throws IOException;
    }

    static void replace(ObjectStore store, S3Location object, Map<String, String> metadata, long size, CopyStarted copyStarted)
            throws IOException {
        UploadTuning tuning = store.tuning();
        if (size <= tuning.copyThreshold()) {
            store.call(object, s3 -> s3.copyObject(r -> r.sourceBucket(object.bucket()).sourceKey(object.key())
                    .destinationBucket(object.bucket()).destinationKey(object.key())
                    .metadataDirective(MetadataDirective.REPLACE).metadata(metadata)
                    .contentType(MultipartUploadStream.CONTENT_TYPE)));
            return;
        }
        String uploadId = store.createMultipart(object, metadata);
        try {
            copyStarted.started(uploadId);
            List<CompletedPart> parts = new ArrayList<>();
            for (long from = 0; from < size; from += tuning.copyPartSize()) {
                int number = parts.size() + 1;
                String range = "bytes=" + from + "-" + (Math.min(size, from + tuning.copyPartSize()) - 1);
                String eTag = store.call(object, s3 -> s3.uploadPartCopy(r -> r.sourceBucket(object.bucket()).sourceKey(object.key())
                        .destinationBucket(object.bucket()).destinationKey(object.key()).uploadId(uploadId)
                        .partNumber(number).copySourceRange(range))).copyPartResult().eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(eTag).build());
            }
            store.completeMultipart(object, uploadId, parts);
        } catch (IOException | RuntimeException e) {
            try {
                store.abortMultipart(object, uploadId);
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }
}
