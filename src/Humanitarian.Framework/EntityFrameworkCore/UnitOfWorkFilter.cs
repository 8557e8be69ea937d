using Humanitarian.Framework.DependencyInjection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Humanitarian.Framework.EntityFrameworkCore;

/// <summary>
/// ABP's unit of work per request: a state-changing action or page handler runs in one transaction and
/// its changes are saved once at the end, so a failure leaves nothing half-written.
/// </summary>
public sealed class UnitOfWorkFilter(IAbpEfCoreDbContext dbContext) : IAsyncActionFilter, IAsyncPageFilter, ITransientDependency
{
    public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next) =>
        RunAsync(context.HttpContext, async () => (await next()).Exception);

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next) =>
        RunAsync(context.HttpContext, async () => (await next()).Exception);

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    private async Task RunAsync(HttpContext http, Func<Task<Exception?>> next)
    {
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        {
            await next();
            return;
        }
        await using var transaction = dbContext.Database.CurrentTransaction is null
            ? await dbContext.Database.BeginTransactionAsync(http.RequestAborted)
            : null;
        if (await next() is not null)
        {
            return; // rolled back when the transaction is disposed
        }
        await dbContext.SaveChangesAsync(http.RequestAborted);
        if (transaction is not null)
        {
            await transaction.CommitAsync(http.RequestAborted);
        }
    }
}
