using Humanitarian.Framework.Domain;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.Localization;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Framework.AspNetCore;

/// <summary>
/// A signed-in user's POST under /api with an <c>Idempotency-Key</c> header runs at most once per user, tenant and key
/// within 24 hours. The key is reserved with its own committed row (unique on the scope) before the
/// request runs, so of concurrent requests exactly one executes; the others get 409 with Retry-After
/// while it runs, and its stored response (status and body) once it has finished. Only answers below
/// 500 are kept: a failure releases the key so that it can be retried.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string HeaderName = "Idempotency-Key";
    private static readonly TimeSpan Window = TimeSpan.FromHours(24);

    /// <summary>A reservation older than this belongs to a request that died with its server.</summary>
    private static readonly TimeSpan ReservationLease = TimeSpan.FromMinutes(2);

    public async Task InvokeAsync(
        HttpContext context, IAbpEfCoreDbContext dbContext, ICurrentTenant currentTenant, ICurrentUser currentUser,
        TimeProvider clock, IStringLocalizer<AbpFrameworkResource> l)
    {
        var key = context.Request.Headers[HeaderName].ToString().Trim();
        // Signed-in callers only: an anonymous caller's key is scoped to no one, so a stored answer (a token from
        // /connect/token, a sign-in) would be replayed to anyone who sends the same key.
        if (!HttpMethods.IsPost(context.Request.Method) || key.Length == 0 || !AbpErrorWriter.IsApiRequest(context)
            || currentUser.Id is null)
        {
            await next(context);
            return;
        }
        if (key.Length > IdempotencyRecord.MaxKeyLength)
        {
            await AbpErrorWriter.WriteAsync(context, StatusCodes.Status400BadRequest, l["IdempotencyKeyTooLong"],
                validationErrors: [new ValidationError(l["IdempotencyKeyTooLong"], [HeaderName])]);
            return;
        }

        var scope = IdempotencyRecord.ScopeOf(currentTenant.Id, currentUser.Id, key);
        var records = dbContext.Set<IdempotencyRecord>();
        var reservation = await ReserveAsync(dbContext, records, scope, currentTenant.Id, clock.GetUtcNow().UtcDateTime);
        if (reservation is null)
        {
            await AnswerRepeatAsync(context, records, scope, l);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch
        {
            await records.Where(r => r.Id == reservation.Id).ExecuteDeleteAsync(CancellationToken.None);
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original);
        await CompleteAsync(context, records, reservation.Id, buffer);
    }

    /// <summary>The committed reservation of the key, or null if another request holds it.</summary>
    private static async Task<IdempotencyRecord?> ReserveAsync(
        IAbpEfCoreDbContext dbContext, DbSet<IdempotencyRecord> records, string scope, Guid? tenantId, DateTime now)
    {
        // Two tries: the first may find an expired record (an old answer, a dead reservation) to clear.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var reservation = IdempotencyRecord.Reserve(tenantId, scope, now);
            records.Add(reservation);
            try
            {
                await dbContext.SaveChangesAsync(CancellationToken.None);
                return reservation;
            }
            catch (DbUpdateException)
            {
                // The key is taken: by a live request or answer (refuse), or by an expired one (clear it).
            }
            finally
            {
                dbContext.Entry(reservation).State = EntityState.Detached;
            }
            DateTime deadReservation = now - ReservationLease, oldAnswer = now - Window;
            var cleared = await records
                .Where(r => r.Scope == scope)
                .Where(r => (r.StatusCode == IdempotencyRecord.Pending && r.CreationTime <= deadReservation)
                    || (r.StatusCode != IdempotencyRecord.Pending && r.CreationTime <= oldAnswer))
                .ExecuteDeleteAsync(CancellationToken.None);
            if (cleared == 0)
            {
                return null;
            }
        }
        return null;
    }

    private static async Task AnswerRepeatAsync(
        HttpContext context, DbSet<IdempotencyRecord> records, string scope, IStringLocalizer<AbpFrameworkResource> l)
    {
        var previous = await records.AsNoTracking().FirstOrDefaultAsync(r => r.Scope == scope);
        if (previous is null || previous.StatusCode == IdempotencyRecord.Pending)
        {
            // Still running (or released a moment ago): the client tries again shortly.
            context.Response.Headers.RetryAfter = "1";
            await AbpErrorWriter.WriteAsync(context, StatusCodes.Status409Conflict, l["IdempotentRequestInProgress"]);
            return;
        }
        context.Response.StatusCode = previous.StatusCode;
        context.Response.ContentType = previous.ContentType;
        context.Response.Headers["Idempotent-Replayed"] = "true";
        await context.Response.Body.WriteAsync(previous.Body);
    }

    private static async Task CompleteAsync(
        HttpContext context, DbSet<IdempotencyRecord> records, Guid reservationId, MemoryStream buffer)
    {
        var reservation = records.Where(r => r.Id == reservationId);
        var response = context.Response;
        if (response.StatusCode >= 500 || buffer.Length > IdempotencyRecord.MaxBodyLength)
        {
            await reservation.ExecuteDeleteAsync(CancellationToken.None);
            return;
        }
        var body = buffer.ToArray();
        var path = context.Request.Path.Value ?? "";
        path = path.Length > IdempotencyRecord.MaxPathLength ? path[..IdempotencyRecord.MaxPathLength] : path;
        await reservation.ExecuteUpdateAsync(s => s
            .SetProperty(r => r.StatusCode, response.StatusCode)
            .SetProperty(r => r.ContentType, response.ContentType)
            .SetProperty(r => r.Body, body)
            .SetProperty(r => r.Method, context.Request.Method)
            .SetProperty(r => r.Path, path),
            CancellationToken.None);
    }
}
