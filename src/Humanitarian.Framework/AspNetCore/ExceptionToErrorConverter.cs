using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.ExceptionHandling;
using Humanitarian.Framework.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Framework.AspNetCore;

/// <summary>Maps an exception to the HTTP status and ABP error body the API contract fixes.</summary>
public sealed class ExceptionToErrorConverter(IStringLocalizer<AbpFrameworkResource> l, BusinessExceptionLocalizer business)
{
    public (int Status, RemoteServiceErrorResponse Body) Convert(Exception exception, bool isAuthenticated) =>
        exception switch
        {
            UnknownSortingException s => (StatusCodes.Status400BadRequest, AbpErrorWriter.Create(l["ValidationError"],
                validationErrors: [new ValidationError(l["CannotSortBy", s.Sorting], ["sorting"])])),
            AbpValidationException v => (StatusCodes.Status400BadRequest,
                AbpErrorWriter.Create(l["ValidationError"], validationErrors: v.ValidationErrors)),
            BusinessException { Members.Count: > 0 } b => (StatusCodes.Status400BadRequest,
                AbpErrorWriter.Create(l["ValidationError"], b.Code, b.Details,
                    [new ValidationError(business.GetMessage(b), BusinessExceptionLocalizer.GetMembers(b))])),
            BusinessException b => (StatusCodes.Status400BadRequest,
                AbpErrorWriter.Create(business.GetMessage(b), b.Code, b.Details)),
            EntityNotFoundException => (StatusCodes.Status404NotFound, AbpErrorWriter.Create(l["EntityNotFound"])),
            AbpAuthorizationException when !isAuthenticated =>
                (StatusCodes.Status401Unauthorized, AbpErrorWriter.Create(l["Unauthorized"])),
            AbpAuthorizationException a => (StatusCodes.Status403Forbidden,
                AbpErrorWriter.Create(a.Message == "Forbidden" ? l["Forbidden"] : a.Message)),
            AbpTooManyRequestsException t => (StatusCodes.Status429TooManyRequests, AbpErrorWriter.Create(t.Message)),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict,
                AbpErrorWriter.Create(l["ConcurrencyConflict"], "Abp.ConcurrencyConflict")),
            _ => (StatusCodes.Status500InternalServerError, AbpErrorWriter.Create(l["InternalServerError"])),
        };
}
