using Humanitarian.Framework.Domain;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Framework.AspNetCore;

/// <summary>
/// A POST under /api with an <c>Idempotency-Key</c> header that repeats one of the same user in the
/// same tenant within 24 hours gets the first response (status and body) again and runs nothing.
/// Only answers below 500 are remembered, so a failure can be retried with the same key.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string HeaderName = "Idempotency-Key";
    private static readonly TimeSpan Window = TimeSpan.FromHours(24);

    public async Task InvokeAsync(
        HttpContext context, IAbpEfCoreDbContext dbContext, ICurrentTenant currentTenant, ICurrentUser currentUser,
        TimeProvider clock)
    {
        var key = context.Request.Headers[HeaderName].ToString().Trim();
        if (!HttpMethods.IsPost(context.Request.Method) || key.Length == 0 || !AbpErrorWriter.IsApiRequest(context))
        {
            await next(context);
            return;
        }
        if (key.Length > IdempotencyRecord.MaxKeyLength)
        {
            await AbpErrorWriter.WriteAsync(context, StatusCodes.Status400BadRequest, "Idempotency-Key is too long.",
                validationErrors: [new ValidationError($"At most {IdempotencyRecord.MaxKeyLength} characters.", [HeaderName])]);
            return;
        }
        var scope = IdempotencyRecord.ScopeOf(currentTenant.Id, currentUser.Id, key);
        var now = clock.GetUtcNow().UtcDateTime;
        var records = dbContext.Set<IdempotencyRecord>();
        var previous = await records.AsNoTracking().FirstOrDefaultAsync(r => r.Scope == scope);
        if (previous is not null && previous.CreationTime > now - Window)
        {
            context.Response.StatusCode = previous.StatusCode;
            context.Response.ContentType = previous.ContentType;
            context.Response.Headers["Idempotent-Replayed"] = "true";
            await context.Response.Body.WriteAsync(previous.Body);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original);
        if (context.Response.StatusCode < 500 && buffer.Length <= IdempotencyRecord.MaxBodyLength)
        {
            await RememberAsync(dbContext, records, previous, new IdempotencyRecord
            {
                TenantId = currentTenant.Id,
                Scope = scope,
                Method = context.Request.Method,
                Path = context.Request.Path.Value ?? "",
                StatusCode = context.Response.StatusCode,
                ContentType = context.Response.ContentType,
                Body = buffer.ToArray(),
                CreationTime = now,
            });
        }
    }

    private static async Task RememberAsync(
        IAbpEfCoreDbContext dbContext, DbSet<IdempotencyRecord> records, IdempotencyRecord? expired, IdempotencyRecord record)
    {
        dbContext.ChangeTracker.Clear();
        if (expired is not null)
        {
            records.Remove(expired);
        }
        records.Add(record);
        try
        {
            await dbContext.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // A concurrent request with the same key stored its answer first; that one stands.
        }
    }
}
