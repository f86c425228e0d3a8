package com.yuanjing.itsm.configuration;

import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import com.yuanjing.itsm.web.NotFoundException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Configuration items (配置项) and the definitive software library (最终软件库), read-only. Every signed-in
 * user may read them; the release process writes them.
 */
@RestController
public class ConfigurationController {

  private final ConfigurationItemService items;
  private final DefinitiveSoftwareLibrary library;

  public ConfigurationController(ConfigurationItemService items, DefinitiveSoftwareLibrary library) {
    this.items = items;
    this.library = library;
  }

  /** The configuration items of the service {@code service}, by name. */
  @GetMapping("/api/configuration-items")
  public List<ConfigurationItem> ofService(@RequestParam(name = "service", required = false) String service) {
    if (service == null || service.isBlank()) {
      throw new InvalidInputException("查询条件有误", List.of(new FieldError("service", "服务", "必须填写服务编号")));
    }
    return items.ofService(service.strip());
  }

  @GetMapping("/api/configuration-items/{name}")
  public ConfigurationItem get(@PathVariable String name) {
    return items.find(name).orElseThrow(() -> notFound(name));
  }

  /** Every deployment recorded for the item, the latest first. */
  @GetMapping("/api/configuration-items/{name}/history")
  public List<ConfigurationItem> history(@PathVariable String name) {
    List<ConfigurationItem> history = items.history(name);
    if (history.isEmpty()) {
      throw notFound(name);
    }
    return history;
  }

  @GetMapping("/api/software-library/{releaseKey}")
  public SoftwarePackage softwarePackage(@PathVariable String releaseKey) {
    return library.find(releaseKey)
        .orElseThrow(() -> new NotFoundException("未找到发布 " + releaseKey + " 的软件包记录"));
  }

  private static NotFoundException notFound(String name) {
    return new NotFoundException("未找到配置项 " + name);
  }
}
