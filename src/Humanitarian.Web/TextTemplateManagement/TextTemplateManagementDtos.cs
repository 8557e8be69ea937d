using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.TextTemplating;

namespace Humanitarian.Web.TextTemplateManagement;

public sealed class TemplateDefinitionDto
{
    public string Name { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public bool IsLayout { get; set; }
    public string? Layout { get; set; }
    public bool IsInlineLocalized { get; set; }
    public string DefaultCultureName { get; set; } = "";
}

public sealed class GetTemplateDefinitionListInput : PagedAndSortedResultRequestDto
{
    [StringLength(256)]
    public string? FilterText { get; set; }
}

public sealed class TextTemplateContentDto
{
    public string Name { get; set; } = "";
    public string CultureName { get; set; } = "";
    public string Content { get; set; } = "";

    /// <summary>True when the content is the current tenant's own, false for the default.</summary>
    public bool IsOverride { get; set; }
}

public class GetTemplateContentInput
{
    [Required, StringLength(TemplateDefinition.MaxNameLength)]
    public string TemplateName { get; set; } = "";

    [Required, StringLength(TextTemplateContent.MaxCultureNameLength)]
    public string CultureName { get; set; } = "";
}

public sealed class RestoreTemplateContentInput : GetTemplateContentInput;

public sealed class UpdateTemplateContentInput : GetTemplateContentInput
{
    [Required, StringLength(TextTemplateContent.MaxContentLength)]
    public string Content { get; set; } = "";
}
