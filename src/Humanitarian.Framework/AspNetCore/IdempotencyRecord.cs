using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Framework.AspNetCore;

/// <summary>The first response to a POST that carried an <c>Idempotency-Key</c>, replayed on repeats.</summary>
[DisableAuditing]
public sealed class IdempotencyRecord : Entity<Guid>, IMultiTenant
{
    public const int MaxKeyLength = 128;
    public const int MaxBodyLength = 1 << 20;
    public const int MaxPathLength = 256;

    /// <summary>Status of a reservation whose request is still running.</summary>
    public const int Pending = 0;

    public Guid? TenantId { get; set; }

    /// <summary>Tenant, user and key folded into one unique value (NULLs do not collide in an index).</summary>
    public string Scope { get; set; } = "";

    public string Method { get; set; } = "";
    public string Path { get; set; } = "";
    /// <summary><see cref="Pending"/> until the request has answered.</summary>
    public int StatusCode { get; set; }
    public string? ContentType { get; set; }
    public byte[] Body { get; set; } = [];
    public DateTime CreationTime { get; set; }

    public IdempotencyRecord() : base(Guid.NewGuid()) { }

    public static IdempotencyRecord Reserve(Guid? tenantId, string scope, DateTime now) =>
        new() { TenantId = tenantId, Scope = scope, StatusCode = Pending, CreationTime = now };

    public static string ScopeOf(Guid? tenantId, Guid? userId, string key) => $"{tenantId}|{userId}|{key}";
}

public static class IdempotencyModelBuilderExtensions
{
    public static void ConfigureIdempotency(this ModelBuilder builder)
    {
        builder.Entity<IdempotencyRecord>(b =>
        {
            b.ToTable("AbpIdempotencyRecords");
            b.Property(x => x.Scope).HasMaxLength(IdempotencyRecord.MaxKeyLength + 80).IsRequired();
            b.Property(x => x.Method).HasMaxLength(16);
            b.Property(x => x.Path).HasMaxLength(IdempotencyRecord.MaxPathLength);
            b.Property(x => x.ContentType).HasMaxLength(128);
            b.HasIndex(x => x.Scope).IsUnique();
            b.HasIndex(x => x.CreationTime);
        });
    }
}
