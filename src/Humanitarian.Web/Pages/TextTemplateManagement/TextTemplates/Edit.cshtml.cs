using Humanitarian.Framework.TextTemplating;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.TextTemplateManagement;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.Pages.TextTemplateManagement.TextTemplates;

/// <summary>
/// One template in one language: the tenant's own content with a preview rendered on the server from
/// the template's sample model, saved or restored to the default through the content service.
/// </summary>
[Authorize(TextTemplateManagementPermissions.TextTemplates.Default)]
public sealed class EditModel(
    ITemplateContentAppService contents, TemplateDefinitionManager definitions, TemplateRenderer renderer,
    IStringLocalizerFactory localizers) : HumanitarianPageModel
{
    [BindProperty]
    public UpdateTemplateContentInput Input { get; set; } = new();

    public string DisplayName { get; private set; } = "";
    /// <summary>Carried through the preview's round trip, which does not read the saved content again.</summary>
    [BindProperty]
    public bool IsOverride { get; set; }
    public bool CanEdit { get; private set; }

    /// <summary>The rendered sample, shown in a sandboxed frame (no script runs in it).</summary>
    public string? Preview { get; private set; }

    public async Task OnGetAsync(string templateName, string cultureName)
    {
        var content = await contents.GetAsync(new GetTemplateContentInput { TemplateName = templateName, CultureName = cultureName });
        Input = new UpdateTemplateContentInput { TemplateName = content.Name, CultureName = content.CultureName, Content = content.Content };
        IsOverride = content.IsOverride;
        await LoadAsync(renderPreview: true);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(renderPreview: false);
            return Page();
        }
        await contents.UpdateAsync(Input);
        SetNotice("TextTemplates:Saved");
        return RedirectToPage(new { templateName = Input.TemplateName, cultureName = Input.CultureName });
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        await LoadAsync(renderPreview: ModelState.IsValid);
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync()
    {
        await contents.RestoreToDefaultAsync(new RestoreTemplateContentInput { TemplateName = Input.TemplateName, CultureName = Input.CultureName });
        SetNotice("TextTemplates:Restored");
        return RedirectToPage(new { templateName = Input.TemplateName, cultureName = Input.CultureName });
    }

    protected override Task OnInputRejectedAsync() => LoadAsync(renderPreview: false);

    private async Task LoadAsync(bool renderPreview)
    {
        // An unknown name was refused by the service already (GET) or is refused when saving (POST).
        var definition = definitions.GetOrNull(Input.TemplateName);
        DisplayName = definition is null ? Input.TemplateName : localizers.Create(definition.ResourceType)[definition.DisplayName];
        CanEdit = await IsGrantedAsync(TextTemplateManagementPermissions.TextTemplates.EditContents);
        if (!renderPreview || definition is null)
        {
            return;
        }
        try
        {
            Preview = await renderer.RenderPreviewAsync(definition, Input.Content, Input.CultureName);
        }
        catch (TemplateRenderingException exception)
        {
            ModelState.AddModelError("Input.Content", L["TextTemplate:SyntaxError", exception.Message]);
        }
    }
}
