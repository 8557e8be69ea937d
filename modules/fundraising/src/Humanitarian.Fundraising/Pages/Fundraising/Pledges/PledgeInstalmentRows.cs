using Humanitarian.Fundraising.Pledges;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Humanitarian.Fundraising.Pages.Fundraising.Pledges;

/// <summary>
/// The pledge form's instalment rows: it offers a few more than the pledge has, and those left blank are
/// not instalments — dropped with their binding errors before the form is judged. With instalments, the
/// due date is the last one's, so the one typed is not asked to agree.
/// </summary>
public static class PledgeInstalmentRows
{
    /// <summary>Rows shown beyond the pledge's own.</summary>
    public const int Blank = 3;

    public static void DropBlank(UpdatePledgeDto input, IFormCollection form, ModelStateDictionary modelState)
    {
        var kept = new List<PledgeInstalmentDto>();
        for (var i = 0; i < (input.Instalments?.Count ?? 0); i++)
        {
            var prefix = $"Input.Instalments[{i}]";
            if (string.IsNullOrWhiteSpace(form[prefix + ".DueDate"]) && string.IsNullOrWhiteSpace(form[prefix + ".Amount"]))
            {
                foreach (var key in modelState.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
                {
                    modelState.Remove(key);
                }
                continue;
            }
            kept.Add(input.Instalments![i]);
        }
        input.Instalments = kept.Count > 0 ? kept : null;
        if (input.Instalments is not null)
        {
            input.DueDate = null;
            modelState.Remove("Input.DueDate");
        }
    }

    /// <summary>The rows the form shows: the pledge's instalments, then blank ones.</summary>
    public static int Shown(UpdatePledgeDto input) => (input.Instalments?.Count ?? 0) + Blank;
}
