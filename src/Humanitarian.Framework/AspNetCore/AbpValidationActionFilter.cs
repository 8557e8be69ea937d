using System.Text.Json;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Localization;
using Humanitarian.Framework.Validation;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Framework.AspNetCore;

/// <summary>
/// Refuses an API call whose input failed validation, naming each invalid field as the JSON client
/// spells it (<c>members: ["displayName"]</c>), with messages in the request's culture.
/// </summary>
public sealed class AbpValidationActionFilter(IStringLocalizer<AbpFrameworkResource> l) : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (!AbpErrorWriter.IsApiRequest(context.HttpContext) || context.ModelState.IsValid)
        {
            return;
        }
        var parameterNames = context.ActionDescriptor.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var errors = ToValidationErrors(context.ModelState, parameterNames);
        throw new AbpValidationException(errors);
    }

    public void OnActionExecuted(ActionExecutedContext context) { }

    private List<ValidationError> ToValidationErrors(ModelStateDictionary modelState, HashSet<string> parameterNames)
    {
        var errors = new List<ValidationError>();
        foreach (var (key, entry) in modelState)
        {
            // A whole-parameter error ("The input field is required.") only echoes a field error.
            if (parameterNames.Contains(key) && modelState.Count > 1)
            {
                continue;
            }
            var member = ToMemberName(key, parameterNames);
            foreach (var error in entry.Errors)
            {
                // System.Text.Json's own messages are English and name .NET types: say it plainly.
                var message = key.StartsWith('$') || error.Exception is JsonException
                    ? l["InvalidValue", member].Value
                    : string.IsNullOrEmpty(error.ErrorMessage) ? l["InvalidValue", member].Value : error.ErrorMessage;
                errors.Add(new ValidationError(message, member.Length == 0 ? [] : [member]));
            }
        }
        return errors.Count > 0 ? errors : [new ValidationError(l["BodyRequired"], [])];
    }

    /// <summary>"$.displayName", "input.DisplayName", "Items[0].Name" → "displayName", "items[0].name".</summary>
    private static string ToMemberName(string key, HashSet<string> parameterNames)
    {
        var name = key.TrimStart('$').TrimStart('.');
        var dot = name.IndexOf('.');
        if (dot > 0 && parameterNames.Contains(name[..dot]))
        {
            name = name[(dot + 1)..];
        }
        return JsonMemberPath.Of(name);
    }
}
