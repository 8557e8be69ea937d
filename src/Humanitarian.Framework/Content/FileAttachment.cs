using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Humanitarian.Framework.Content;

/// <summary>
/// A file attached to a record, checked by <see cref="AttachmentUploads"/>. Its bytes are a
/// <see cref="FileAttachmentContent"/> of the same id, kept apart so that loading the record never loads files;
/// both are in the database, so every server of a deployment has them.
/// </summary>
public abstract class FileAttachment : CreationAuditedEntity<Guid>, IInheritedByLegalHeir
{
    public Guid? TenantId { get; set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";

    protected FileAttachment() { }

    protected FileAttachment(Guid id, CheckedAttachment upload) : base(id)
    {
        FileName = upload.FileName;
        ContentType = upload.ContentType;
        Size = upload.Content.LongLength;
        Sha256 = upload.Sha256;
    }

    public TDto ToDto<TDto>() where TDto : FileAttachmentDto, new() => new()
    {
        Id = Id, CreationTime = CreationTime, CreatorId = CreatorId,
        FileName = FileName, ContentType = ContentType, Size = Size, Sha256 = Sha256,
    };

    public IRemoteStreamContent Download(FileAttachmentContent content) =>
        new RemoteStreamContent(new MemoryStream(content.Content), FileName, ContentType);
}

/// <summary>The bytes of a <see cref="FileAttachment"/> (same id).</summary>
[DisableAuditing]
public abstract class FileAttachmentContent : Entity<Guid>, IInheritedByLegalHeir
{
    public Guid? TenantId { get; set; }
    public byte[] Content { get; private set; } = [];

    protected FileAttachmentContent() { }

    protected FileAttachmentContent(Guid attachmentId, byte[] content) : base(attachmentId) => Content = content;
}

public static class FileAttachmentModelBuilderExtensions
{
    /// <summary>The columns of an attachment; its bytes go with it (<typeparamref name="TContent"/> cascades).</summary>
    public static void ConfigureFileAttachment<TAttachment, TContent>(
        this ModelBuilder builder, string table, string contentTable, string? schema,
        Action<EntityTypeBuilder<TAttachment>>? configure = null)
        where TAttachment : FileAttachment where TContent : FileAttachmentContent
    {
        builder.Entity<TAttachment>(b =>
        {
            b.ToTable(table, schema);
            b.Property(a => a.Id).ValueGeneratedNever();
            b.Property(a => a.FileName).HasMaxLength(UploadFileName.MaxLength).IsRequired();
            b.Property(a => a.ContentType).HasMaxLength(128).IsRequired();
            b.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
            configure?.Invoke(b);
        });
        builder.Entity<TContent>(b =>
        {
            b.ToTable(contentTable, schema);
            b.Property(c => c.Id).ValueGeneratedNever();
            b.Property(c => c.Content).IsRequired();
            b.HasOne<TAttachment>().WithOne().HasForeignKey<TContent>(c => c.Id).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
