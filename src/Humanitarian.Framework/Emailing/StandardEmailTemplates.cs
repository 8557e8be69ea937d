using Humanitarian.Framework.Localization;
using Humanitarian.Framework.TextTemplating;

namespace Humanitarian.Framework.Emailing;

/// <summary>ABP's standard e-mail templates: the layout every e-mail is wrapped in, and a plain message.</summary>
public static class StandardEmailTemplates
{
    public const string Layout = "Abp.StandardEmailTemplates.Layout";
    public const string Message = "Abp.StandardEmailTemplates.Message";
}

/// <summary>The message's model: what <see cref="StandardEmailTemplates.Message"/> shows.</summary>
public sealed record StandardEmailMessageModel(string Message);

public sealed class StandardEmailTemplateDefinitionProvider : TemplateDefinitionProvider
{
    public override void Define(ITemplateDefinitionContext context)
    {
        context.Add(new TemplateDefinition(StandardEmailTemplates.Layout, "TextTemplate:" + StandardEmailTemplates.Layout,
                typeof(AbpFrameworkResource), isLayout: true)
            .WithSampleModel(new StandardEmailMessageModel("Lorem ipsum dolor sit amet.")));
        context.Add(new TemplateDefinition(StandardEmailTemplates.Message, "TextTemplate:" + StandardEmailTemplates.Message,
                typeof(AbpFrameworkResource), layout: StandardEmailTemplates.Layout)
            .WithSampleModel(new StandardEmailMessageModel("Lorem ipsum dolor sit amet.")));
    }
}
