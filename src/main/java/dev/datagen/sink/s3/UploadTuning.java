package dev.datagen.sink.s3;

/**
 * Sizes of an upload. Memory is {@code partSize × buffers} at most (per dump, shared by a
 * directory-format dump's files).
 *
 * @param partSize bytes of a multipart part (S3: 5 MiB at least except the last); a dump that fits in
 *        one part is stored with a single PutObject
 * @param buffers part buffers: one being filled, the others being sent
 * @param copyThreshold objects larger than this get their final metadata by a multipart copy
 *        (UploadPartCopy), smaller ones by one CopyObject (S3 copies at most 5 GiB in one request)
 * @param copyPartSize bytes per UploadPartCopy
 */
public record UploadTuning(int partSize, int buffers, long copyThreshold, long copyPartSize) {
    private static final long GIB = 1L << 30;

    public static final UploadTuning DEFAULT = new UploadTuning(8 << 20, 3, 5 * GIB, GIB);
}
