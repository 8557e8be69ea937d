using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.ExceptionHandling;
using Humanitarian.Framework.Localization;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Framework.AspNetCore.Mvc.UI;

/// <summary>
/// Base of every Razor page, the host's and the modules' (ABP's AbpPageModel). Forms bind the
/// application services' own DTOs (same rules as the API); a refusal from a service — validation,
/// business rule, stale concurrency stamp — is thrown out of the handler so the unit of work rolls
/// back, then shown in the form instead of an error page.
/// </summary>
/// <typeparam name="TResource">The page's localization resource: field labels, notices.</typeparam>
public abstract class AbpPageModel<TResource> : PageModel
{
    /// <summary>Name of the bound form model; errors naming a DTO member land on its input.</summary>
    protected const string InputPrefix = "Input";

    /// <summary>TempData key of the "saved" notice shown after a redirect.</summary>
    public const string NoticeKey = "Notice";

    private IStringLocalizer<TResource>? _l;

    protected IStringLocalizer<TResource> L =>
        _l ??= HttpContext.RequestServices.GetRequiredService<IStringLocalizer<TResource>>();

    /// <summary>Localization key of an input's label; <c>Field:UserName</c> unless a page says otherwise.</summary>
    protected virtual string FieldLabelKey(string propertyName) => "Field:" + propertyName;

    /// <summary>The label of an input of <c>Input</c>, for the page and for its error messages.</summary>
    public string Label(string propertyName) => L[FieldLabelKey(propertyName)];

    /// <summary>JSON member names a service may report that are not the input's own (e.g. Identity's "password").</summary>
    protected virtual IReadOnlyDictionary<string, string> MemberAliases { get; } = new Dictionary<string, string>();

    /// <summary>Reloads what the form needs (select lists, checkboxes) before it is shown again.</summary>
    protected virtual Task OnInputRejectedAsync() => Task.CompletedTask;

    protected Task<bool> IsGrantedAsync(string permission) =>
        HttpContext.RequestServices.GetRequiredService<IPermissionChecker>().IsGrantedAsync(permission);

    protected void SetNotice(string key, params object[] arguments) => TempData[NoticeKey] = L[key, arguments].Value;

    /// <summary>A calendar day as <c>dd/MM/yyyy</c>; empty when there is none.</summary>
    public static string Date(DateOnly? date) => VietnamTime.FormatDate(date);

    /// <summary>Every value of an enum by its name in the UI culture, in declaration order.</summary>
    protected static List<SelectListItem> EnumItems<TEnum>(Func<TEnum, string> name, TEnum? selected)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>()
            .Select(value => new SelectListItem(name(value), value.ToString(), selected.HasValue && selected.Value.Equals(value)))
            .ToList();

    /// <summary>
    /// A record of another tenant that this one may read (a predecessor's, a higher level's) opens
    /// read-only: its edit pages send the user to its details page with a notice instead of a form
    /// whose saving would be refused.
    /// </summary>
    /// <param name="detailsPage">Where the record is read: its own details page, or its parent's for a part without one.</param>
    /// <returns>Null when the record is the current tenant's own.</returns>
    protected IActionResult? RedirectIfNotOwn(Guid? ownerTenantId, Guid id, string detailsPage = "Details")
    {
        if (ownerTenantId == HttpContext.RequestServices.GetRequiredService<ICurrentTenant>().Id)
        {
            return null;
        }
        TempData[NoticeKey] = HttpContext.RequestServices.GetRequiredService<IStringLocalizer<AbpFrameworkResource>>()["ReadOnlyRecord"].Value;
        return RedirectToPage(detailsPage, new { id });
    }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        LocalizeFieldNames();
        var executed = await next();
        if (executed.Exception is { } exception && !executed.ExceptionHandled && AddServiceErrors(exception))
        {
            executed.ExceptionHandled = true;
            await OnInputRejectedAsync();
            executed.Result = Page();
        }
    }

    /// <summary>Adds a service's refusal to ModelState; false for anything that is not a refusal.</summary>
    private bool AddServiceErrors(Exception exception)
    {
        switch (exception)
        {
            case AbpValidationException validation:
                AddValidationErrors(validation.ValidationErrors);
                return true;
            case BusinessException business:
                var message = HttpContext.RequestServices.GetRequiredService<BusinessExceptionLocalizer>().GetMessage(business);
                AddValidationErrors([new ValidationError(message, BusinessExceptionLocalizer.GetMembers(business))]);
                return true;
            case AbpTooManyRequestsException tooMany:
                ModelState.AddModelError(string.Empty, tooMany.Message);
                return true;
            case DbUpdateConcurrencyException:
                var framework = HttpContext.RequestServices.GetRequiredService<IStringLocalizer<AbpFrameworkResource>>();
                ModelState.AddModelError(string.Empty, framework["ConcurrencyConflict"]);
                return true;
            default:
                return false;
        }
    }

    /// <summary>An input shows one message: several for the same input (Identity's password rules) are joined.</summary>
    private void AddValidationErrors(IReadOnlyList<ValidationError> errors)
    {
        var byKey = errors
            .SelectMany(e => e.Members.Select(ModelStateKeyFor).Distinct().DefaultIfEmpty(string.Empty)
                .Select(key => (Key: key, e.Message)))
            .GroupBy(e => e.Key);
        foreach (var group in byKey)
        {
            var messages = group.Select(e => e.Message).Distinct();
            if (group.Key.Length == 0)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError(string.Empty, message);
                }
            }
            else
            {
                ModelState.AddModelError(group.Key, string.Join(" ", messages));
            }
        }
    }

    /// <summary>
    /// "displayName" → "Input.DisplayName" when the form has that input, else the whole form. A member
    /// inside a list ("legalBasis[0].reference") lands on the list's input ("Input.LegalBasis").
    /// </summary>
    private string ModelStateKeyFor(string member)
    {
        if (MemberAliases.TryGetValue(member, out var alias))
        {
            return alias.Length == 0 ? string.Empty : InputPrefix + "." + alias;
        }
        var inputType = GetType().GetProperty(InputPrefix, BindingFlags.Public | BindingFlags.Instance)?.PropertyType;
        var name = member.Split('[', '.')[0];
        if (name != member && MemberAliases.TryGetValue(name, out var listAlias))
        {
            return listAlias.Length == 0 ? string.Empty : InputPrefix + "." + listAlias;
        }
        var property = inputType?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return property is null ? string.Empty : InputPrefix + "." + property.Name;
    }

    /// <summary>
    /// Validation messages name a field as JSON clients spell it ("Trường displayName là bắt buộc.");
    /// on a page the field's label reads better ("Trường Tên hiển thị là bắt buộc.").
    /// </summary>
    private void LocalizeFieldNames()
    {
        foreach (var (key, entry) in ModelState)
        {
            if (entry.Errors.Count == 0 || !key.StartsWith(InputPrefix + ".", StringComparison.Ordinal))
            {
                continue;
            }
            var propertyName = key[(InputPrefix.Length + 1)..];
            var bracket = propertyName.IndexOf('[');
            if (bracket >= 0)
            {
                propertyName = propertyName[..bracket];
            }
            if (propertyName.Contains('.'))
            {
                continue;
            }
            var camel = JsonNamingPolicy.CamelCase.ConvertName(propertyName);
            var label = Label(propertyName);
            var pattern = new Regex(@"(?<![\p{L}\p{N}_])" + Regex.Escape(camel) + @"(?![\p{L}\p{N}_])", RegexOptions.CultureInvariant);
            var errors = entry.Errors.ToList();
            entry.Errors.Clear();
            foreach (var error in errors)
            {
                entry.Errors.Add(string.IsNullOrEmpty(error.ErrorMessage)
                    ? error
                    : new ModelError(pattern.Replace(error.ErrorMessage, label.Replace("$", "$$"), 1)));
            }
        }
    }
}
